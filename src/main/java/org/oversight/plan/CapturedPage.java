package org.oversight.plan;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;

/**
 * A response that keeps what a view writes as text instead of sending it, so part of a page can
 * be rendered with the request's full context (links, messages, security) and kept. The page's
 * own content type, encoding and headers are left as they are.
 */
final class CapturedPage extends HttpServletResponseWrapper {
    private final StringWriter text = new StringWriter();
    private final PrintWriter writer = new PrintWriter(text);

    CapturedPage(HttpServletResponse response) {
        super(response);
    }

    @Override
    public PrintWriter getWriter() {
        return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() {
        throw new IllegalStateException("A captured part of a page is text");
    }

    @Override
    public void setContentType(String type) {
    }

    @Override
    public void setCharacterEncoding(String charset) {
    }

    @Override
    public void setLocale(Locale locale) {
    }

    @Override
    public void flushBuffer() {
    }

    @Override
    public boolean isCommitted() {
        return false;
    }

    String text() {
        writer.flush();
        return text.toString();
    }
}
