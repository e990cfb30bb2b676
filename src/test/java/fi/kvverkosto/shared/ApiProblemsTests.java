package fi.kvverkosto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kvverkosto.KvServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@KvServerTest
class ApiProblemsTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void unknownApiAddressIsAProblemDetail() {
        assertThat(mvc.get().uri("/api/no-such-thing"))
                .hasStatus(404)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(404);
    }
}
