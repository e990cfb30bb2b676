package fi.kvverkosto;

import java.util.Arrays;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * kv-verkosto: a region's internationalisation services working as one network.
 *
 * <p>Without arguments it serves the web application. With a command as the first argument
 * ({@code import-hsds DIR [--dry-run]}, {@code export-hsds DIR}) it runs that command against the configured database
 * and data folder, without a web server, and exits with the command's status.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KvVerkostoApplication {

    /** Commands that run once and exit instead of serving the web application. */
    public static final Set<String> COMMANDS = Set.of("import-hsds", "export-hsds");

    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            var context = new SpringApplicationBuilder(KvVerkostoApplication.class)
                    .web(WebApplicationType.NONE)
                    .properties("kv.command=" + args[0], "spring.main.banner-mode=off")
                    .run(Arrays.copyOfRange(args, 1, args.length));
            System.exit(SpringApplication.exit(context));
        }
        SpringApplication.run(KvVerkostoApplication.class, args);
    }
}
