package dev.precis.error;

/** The stable error codes of the contract, each with the HTTP status API Gateway answers with. */
public enum ErrorCode {
    BAD_REQUEST(400),
    FETCH_BLOCKED(403),
    TOO_LARGE(413),
    UNSUPPORTED_MEDIA(415),
    NOT_AN_ARTICLE(422),
    INTERNAL(500),
    FETCH_FAILED(502);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
