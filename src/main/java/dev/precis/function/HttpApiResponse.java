package dev.precis.function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The response API Gateway's HTTP API (payload 2.0) expects back from a function. */
public final class HttpApiResponse {

    private HttpApiResponse() {
    }

    public static ObjectNode of(ObjectMapper json, int status, String contentType, String body) {
        ObjectNode response = json.createObjectNode();
        response.put("statusCode", status);
        response.putObject("headers").put("content-type", contentType);
        response.put("body", body);
        response.put("isBase64Encoded", false);
        return response;
    }

    /**
     * A chat request that failed verification: 401 with {@code message} and nothing done. The log
     * says why in one line, an error when nothing is configured to verify with (every request is
     * then refused), else at info level with {@code reason}; never the request itself.
     */
    public static ObjectNode refused(ObjectMapper json, Logger log, String platform, boolean configured,
            String unconfigured, String reason, String message) {
        if (!configured) {
            log.errorf("%s request refused: %s", platform, unconfigured);
        } else {
            log.infof("%s request refused: %s", platform, reason);
        }
        return of(json, 401, "text/plain", message);
    }
}
