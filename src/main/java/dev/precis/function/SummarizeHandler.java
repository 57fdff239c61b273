package dev.precis.function;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.precis.Pipeline;
import dev.precis.SummaryRequest;
import dev.precis.error.ErrorCode;
import dev.precis.error.PrecisException;
import dev.precis.render.Format;
import dev.precis.render.Renderer;
import dev.precis.summary.Summary;

/**
 * Translates the summarize function's two event shapes, a direct request and an API Gateway
 * HTTP API (payload 2.0) event, into a pipeline call, and its result or error back.
 */
final class SummarizeHandler {

    private static final Logger LOG = Logger.getLogger(SummarizeHandler.class);
    /**
     * A body may be this many times the document cap: the HTML or text it carries is a JSON
     * string, whose escapes (quotes, line breaks) make it longer than the document itself.
     */
    private static final int JSON_ESCAPING_ALLOWANCE = 2;

    private final Pipeline pipeline;
    private final Renderer renderer;
    private final ObjectMapper json;

    SummarizeHandler(Pipeline pipeline, Renderer renderer, ObjectMapper json) {
        this.pipeline = pipeline;
        this.renderer = renderer;
        this.json = json;
    }

    /** Direct invocation: the summary JSON (plus {@code rendered} for other formats) or an error body. */
    JsonNode direct(JsonNode event) {
        try {
            SummaryRequest request = parse(event);
            return body(request, run(request));
        } catch (PrecisException e) {
            return failure(e);
        } catch (RuntimeException | StackOverflowError e) {
            return internal(e);
        }
    }

    /** API Gateway HTTP API: statusCode, content-type and a string body; errors get their status. */
    JsonNode http(JsonNode event) {
        try {
            SummaryRequest request = fromHttp(event);
            Summary summary = run(request);
            Format format = request.outputFormat();
            String body = format == Format.JSON ? renderer.write(renderer.toJson(summary))
                    : renderer.render(summary, format);
            return HttpApiResponse.of(json, 200, format.contentType(), body);
        } catch (PrecisException e) {
            return HttpApiResponse.of(json, e.code().httpStatus(), "application/json", renderer.write(failure(e)));
        } catch (RuntimeException | StackOverflowError e) {
            return HttpApiResponse.of(json, 500, "application/json", renderer.write(internal(e)));
        }
    }

    private Summary run(SummaryRequest request) {
        Summary summary = pipeline.summarize(request);
        LOG.infof("summarized: %d sentences, %d bullets, %d ms", summary.stats().sentences(),
                summary.bullets().size(), summary.stats().tookMs());
        return summary;
    }

    private JsonNode body(SummaryRequest request, Summary summary) {
        ObjectNode out = renderer.toJson(summary);
        Format format = request.outputFormat();
        if (format == Format.SLACK) {
            out.set("rendered", renderer.slack(summary));
        } else if (format != Format.JSON) {
            out.put("rendered", renderer.render(summary, format));
        }
        return out;
    }

    private SummaryRequest parse(JsonNode node) {
        return RequestParser.parse(json, node);
    }

    private SummaryRequest fromHttp(JsonNode event) {
        String method = event.path("requestContext").path("http").path("method").asText("POST")
                .toUpperCase(Locale.ROOT);
        if (method.equals("GET")) {
            JsonNode q = event.path("queryStringParameters");
            ObjectNode request = json.createObjectNode();
            for (String field : new String[] {"url", "title", "format"}) {
                if (q.hasNonNull(field)) {
                    request.put(field, q.get(field).asText());
                }
            }
            if (q.hasNonNull("bullets")) {
                try {
                    request.put("bullets", Integer.parseInt(q.get("bullets").asText()));
                } catch (NumberFormatException e) {
                    throw new PrecisException(ErrorCode.BAD_REQUEST, "'bullets' must be a whole number");
                }
            }
            if (q.hasNonNull("explain")) {
                request.put("explain", Boolean.parseBoolean(q.get("explain").asText()));
            }
            return parse(request);
        }
        if (!method.equals("POST")) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "use POST with a JSON body, or GET with ?url=");
        }
        String body = event.path("body").asText(null);
        if (body == null || body.isBlank()) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "the request body is empty; send a JSON object");
        }
        if (event.path("isBase64Encoded").asBoolean(false)) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new PrecisException(ErrorCode.BAD_REQUEST, "the request body is not valid base64");
            }
        }
        if (body.startsWith("\uFEFF")) {
            body = body.substring(1); // as Jackson skips a BOM on the direct path's bytes
        }
        if (body.length() > pipeline.maxBytes() * JSON_ESCAPING_ALLOWANCE) {
            throw new PrecisException(ErrorCode.TOO_LARGE, "the request body is larger than the size limit");
        }
        try {
            return parse(json.readTree(body));
        } catch (JsonProcessingException e) {
            throw new PrecisException(ErrorCode.BAD_REQUEST, "the request body is not valid JSON");
        }
    }

    private ObjectNode failure(PrecisException e) {
        LOG.infof("refused: %s", e.code());
        return renderer.error(e.code(), e.getMessage());
    }

    private ObjectNode internal(Throwable e) {
        // The caller gets a stable code; the log gets the type, never the request body.
        LOG.errorf("internal error: %s", e.getClass().getName());
        return renderer.error(ErrorCode.INTERNAL, "internal error; the request was not summarized");
    }
}
