package com.jetops.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.jetops.api.common.ErrorCode;
import com.jetops.api.common.Refusal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Refuses request bodies over the limit with 413 problem+json before anything reads them: by
 * Content-Length at once, and for chunked bodies as soon as the count passes the limit (the
 * reader's failure is answered as 413 too, see ProblemResponses). Runs before authentication, so
 * an anonymous 10 MB body costs nothing but the refusal.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {
    private final long maxBytes;
    private final ObjectMapper objectMapper;

    BodySizeLimitFilter(WebLimits limits, ObjectMapper objectMapper) {
        this.maxBytes = limits.maxBodySize().toBytes();
        this.objectMapper = objectMapper;
    }

    /** A body read past the limit. */
    static final class BodyTooLargeException extends IOException {
        private final Refusal refusal;

        BodyTooLargeException(long maxBytes) {
            super("request body over " + maxBytes + " bytes");
            this.refusal = new Refusal(ErrorCode.PAYLOAD_TOO_LARGE, null,
                    "The request body is larger than " + maxBytes + " bytes");
        }

        Refusal refusal() {
            return refusal;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(response, new BodyTooLargeException(maxBytes));
            return;
        }
        try {
            chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, maxBytes) : request, response);
        } catch (BodyTooLargeException e) {
            // Read outside Spring MVC's handlers (e.g. by a filter): still a 413, not an error page.
            if (!response.isCommitted()) {
                refuse(response, e);
            }
        }
    }

    private void refuse(HttpServletResponse response, BodyTooLargeException e) throws IOException {
        ProblemDetail problem = ProblemResponses.problem(e.refusal());
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** A request whose body stream fails once more than the limit has been read. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public java.io.BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset));
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream body = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = body.read();
                        count(b < 0 ? 0 : 1);
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = body.read(buffer, offset, length);
                        count(Math.max(n, 0));
                        return n;
                    }

                    private void count(int n) throws BodyTooLargeException {
                        read += n;
                        if (read > maxBytes) {
                            throw new BodyTooLargeException(maxBytes);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}
