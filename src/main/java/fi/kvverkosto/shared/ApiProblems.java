package fi.kvverkosto.shared;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of the JSON APIs as RFC 9457 problem details ({@code application/problem+json}). Pages keep their HTML error
 * pages; only {@code @RestController}s are advised, and unknown addresses under {@code /api/} end here too.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** A request parameter with a value the API does not accept: 400, naming the parameter. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail invalidParameter(InvalidParameterException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid parameter");
        problem.setType(URI.create("https://kv-verkosto.fi/problems/invalid-parameter"));
        problem.setProperty("parameter", e.parameter());
        return problem;
    }

    /** Unknown addresses under /api answer with a problem, not an HTML page. */
    @RestController
    static class UnknownApiAddress {

        @RequestMapping("/api/**")
        void unknown() {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such API resource");
        }
    }
}
