package org.plandesk.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy the test controls, between the application and a server (PostgreSQL): {@link #cut()}
 * drops every open connection and refuses new ones, as a network failure or a database fail-over
 * does; {@link #stall()} lets every byte vanish with no error and no reset, as a network that drops
 * silently does; {@link #restore()} lets connections through again. The server is never touched.
 */
public final class TcpProxy implements AutoCloseable {

  private final String targetHost;
  private final int targetPort;
  private final ServerSocket listener;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean cut;
  private volatile boolean stalled;
  private volatile boolean closed;
  private final AtomicInteger abandoned = new AtomicInteger();

  public TcpProxy(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accepting = new Thread(this::accept, "tcp-proxy-" + port());
    accepting.setDaemon(true);
    accepting.start();
  }

  public int port() {
    return listener.getLocalPort();
  }

  public String hostAndPort() {
    return "127.0.0.1:" + port();
  }

  /**
   * Drops every connection now open and refuses new ones (they are accepted and closed at once).
   */
  public void cut() {
    cut = true;
    open.forEach(TcpProxy::closeQuietly);
    open.clear();
  }

  /**
   * From now on nothing gets through in either direction and nobody is told: writes succeed,
   * answers never come, new connections are accepted and never answered.
   */
  public void stall() {
    stalled = true;
  }

  /**
   * How many connections the application closed itself while the network was stalled (it gave up
   * waiting).
   */
  public int abandonedWhileStalled() {
    return abandoned.get();
  }

  /** Lets new connections through; connections that lost bytes in a stall are dropped. */
  public void restore() {
    if (stalled) {
      stalled = false;
      open.forEach(TcpProxy::closeQuietly);
      open.clear();
    }
    cut = false;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        if (cut) {
          closeQuietly(client);
          continue;
        }
        if (stalled) {
          open.add(client);
          swallow(client);
          continue;
        }
        Socket server = new Socket(targetHost, targetPort);
        open.add(client);
        open.add(server);
        pipe(client, server);
        pipe(server, client);
      } catch (IOException e) {
        // the listener was closed, or one connection failed: the loop decides
      }
    }
  }

  private void pipe(Socket from, Socket to) {
    Thread pumping =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  if (!stalled) {
                    out.write(buffer, 0, n);
                    out.flush();
                  }
                }
                if (stalled) {
                  abandoned.incrementAndGet();
                }
              } catch (IOException e) {
                // the connection was cut or closed
              } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
              }
            },
            "tcp-proxy-pipe");
    pumping.setDaemon(true);
    pumping.start();
  }

  /** A connection made during a stall: whatever it sends vanishes, and it never gets an answer. */
  private void swallow(Socket client) {
    Thread swallowing =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = client.getInputStream()) {
                while (in.read(buffer) >= 0) {
                  // dropped
                }
                if (stalled) {
                  abandoned.incrementAndGet();
                }
              } catch (IOException e) {
                // closed by restore()
              } finally {
                open.remove(client);
              }
            },
            "tcp-proxy-stall");
    swallowing.setDaemon(true);
    swallowing.start();
  }

  @Override
  public void close() {
    closed = true;
    cut();
    closeQuietly(listener);
  }

  private static void closeQuietly(java.io.Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
