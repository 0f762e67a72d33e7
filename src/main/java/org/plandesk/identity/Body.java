package org.plandesk.identity;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** A request body read once for a check, and the request that hands the same bytes on. */
record Body(byte[] bytes, HttpServletRequest request) {

  /** The body, or null when it is longer than {@code max} bytes. */
  static Body read(HttpServletRequest request, int max) throws IOException {
    try (InputStream in = request.getInputStream()) {
      byte[] bytes = in.readNBytes(max + 1);
      if (bytes.length > max) {
        return null;
      }
      return new Body(bytes, new Replay(request, bytes));
    }
  }

  /** The request with another body (e.g. a field taken out of it). */
  static HttpServletRequest replay(HttpServletRequest request, byte[] bytes) {
    return new Replay(request, bytes);
  }

  private static final class Replay extends HttpServletRequestWrapper {
    private final byte[] bytes;

    Replay(HttpServletRequest request, byte[] bytes) {
      super(request);
      this.bytes = bytes;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null
                  ? StandardCharsets.UTF_8
                  : java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return bytes.length;
    }

    @Override
    public long getContentLengthLong() {
      return bytes.length;
    }

    @Override
    public String getHeader(String name) {
      return "Content-Length".equalsIgnoreCase(name)
          ? String.valueOf(bytes.length)
          : super.getHeader(name);
    }

    @Override
    public java.util.Enumeration<String> getHeaders(String name) {
      return "Content-Length".equalsIgnoreCase(name)
          ? java.util.Collections.enumeration(java.util.List.of(String.valueOf(bytes.length)))
          : super.getHeaders(name);
    }
  }
}
