package it.perfmon.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A TCP relay between the backend and MariaDB that records every command the backend sends, read off the MariaDB
 * client/server protocol. It counts exactly what one process sends, whatever else the shared server is doing
 * (global status counters would also count the other engineers' builds). A command is a client packet with
 * sequence id 0; COM_QUERY and COM_STMT_PREPARE carry their SQL text. Connector/J prepares statements on the client
 * by default (useServerPrepStmts=false), so a prepared statement arrives as a COM_QUERY with its values in it.
 */
final class WireCounter implements AutoCloseable {

    /** One command sent by the client. {@code sql} is set for queries and prepares. */
    record Command(String kind, String sql) {

        /** A statement the server executes: a query, an execution of a prepared statement, or a bulk execution. */
        boolean isStatement() {
            return kind.equals("QUERY") || kind.equals("EXECUTE") || kind.equals("BULK_EXECUTE");
        }

        boolean isSelect() {
            return kind.equals("QUERY") && sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
        }
    }

    private static final int CLIENT_COMPRESS = 0x20;
    private static final int CLIENT_SSL = 0x800;
    private static final int MAX_PAYLOAD = 0xFFFFFF;

    private final String targetHost;
    private final int targetPort;
    private final ServerSocket server;
    private final List<Command> log = new ArrayList<>();
    private final List<Socket> sockets = new ArrayList<>();
    private volatile String unreadable;

    WireCounter(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "wire-counter-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** A position in the log, to take the commands sent after it. */
    synchronized int mark() {
        return log.size();
    }

    synchronized List<Command> since(int mark) {
        if (unreadable != null) {
            throw new IllegalStateException("cannot read the protocol: " + unreadable);
        }
        return List.copyOf(log.subList(mark, log.size()));
    }

    private synchronized void record(Command command) {
        log.add(command);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                synchronized (sockets) {
                    sockets.add(client);
                    sockets.add(upstream);
                }
                start("wire-counter-down", () -> copy(upstream.getInputStream(), client.getOutputStream()), client, upstream);
                start("wire-counter-up", () -> relayCommands(client.getInputStream(), upstream.getOutputStream()),
                        client, upstream);
            } catch (IOException e) {
                if (!server.isClosed()) {
                    unreadable = "accept failed: " + e.getMessage();
                }
            }
        }
    }

    private interface Pump {
        void run() throws IOException;
    }

    private static void start(String name, Pump pump, Socket a, Socket b) {
        Thread thread = new Thread(() -> {
            try {
                pump.run();
            } catch (IOException closed) {
                // One side hung up: the connection is over, close both ends.
            } finally {
                closeQuietly(a);
                closeQuietly(b);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void copy(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private void relayCommands(InputStream raw, OutputStream out) throws IOException {
        InputStream in = new BufferedInputStream(raw, 64 * 1024);
        byte[] header = new byte[4];
        boolean handshakeSeen = false;
        StringBuilder longSql = null;
        String longKind = null;
        while (true) {
            if (!readFully(in, header)) {
                return;
            }
            int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16;
            int sequence = header[3] & 0xFF;
            byte[] payload = new byte[length];
            if (!readFully(in, payload)) {
                return;
            }
            if (!handshakeSeen) {
                handshakeSeen = true;
                checkHandshake(payload);
            } else if (longSql != null) {
                // The continuation of a command longer than one packet (16 MB).
                longSql.append(new String(payload, StandardCharsets.UTF_8));
                if (length < MAX_PAYLOAD) {
                    record(new Command(longKind, longSql.toString()));
                    longSql = null;
                }
            } else if (sequence == 0 && length > 0) {
                String kind = kind(payload[0] & 0xFF);
                String sql = kind.equals("QUERY") || kind.equals("PREPARE")
                        ? new String(payload, 1, length - 1, StandardCharsets.UTF_8) : null;
                if (length == MAX_PAYLOAD && sql != null) {
                    longSql = new StringBuilder(sql);
                    longKind = kind;
                } else {
                    record(new Command(kind, sql));
                }
            }
            out.write(header);
            out.write(payload);
            if (in.available() == 0) {
                out.flush();
            }
        }
    }

    /** Encrypted or compressed traffic cannot be read: say so instead of counting garbage. */
    private void checkHandshake(byte[] payload) {
        if (payload.length < 4) {
            return;
        }
        int capabilities = (payload[0] & 0xFF) | (payload[1] & 0xFF) << 8 | (payload[2] & 0xFF) << 16
                | (payload[3] & 0xFF) << 24;
        if ((capabilities & CLIENT_SSL) != 0) {
            unreadable = "the client asked for TLS (sslMode): run the backend's datasource without TLS for the count";
        } else if ((capabilities & CLIENT_COMPRESS) != 0) {
            unreadable = "the client asked for compression (useCompression)";
        }
    }

    private static String kind(int command) {
        return switch (command) {
            case 0x01 -> "QUIT";
            case 0x02 -> "INIT_DB";
            case 0x03 -> "QUERY";
            case 0x0E -> "PING";
            case 0x11 -> "CHANGE_USER";
            case 0x16 -> "PREPARE";
            case 0x17 -> "EXECUTE";
            case 0x19 -> "CLOSE_STATEMENT";
            case 0x1A -> "RESET_STATEMENT";
            case 0x1F -> "RESET_CONNECTION";
            case 0xFA -> "BULK_EXECUTE";
            default -> String.format("COMMAND_0x%02X", command);
        };
    }

    private static boolean readFully(InputStream in, byte[] into) throws IOException {
        int read = 0;
        while (read < into.length) {
            int n = in.read(into, read, into.length - read);
            if (n < 0) {
                return false;
            }
            read += n;
        }
        return true;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Already closed.
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        synchronized (sockets) {
            sockets.forEach(WireCounter::closeQuietly);
        }
    }
}
