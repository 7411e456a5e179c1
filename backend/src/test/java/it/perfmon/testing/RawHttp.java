package it.perfmon.testing;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 on a plain socket, for what REST Assured cannot send: a body shorter than its Content-Length, a
 * negative length, a chunked body, or a request from another loopback address (127.0.0.2 is the trusted proxy of
 * the test profile).
 */
public final class RawHttp {

    /** The address the test profile trusts as a reverse proxy. */
    public static final String TRUSTED_PROXY = "127.0.0.2";

    private RawHttp() {
    }

    /** An answer; status 0 when the server closed the connection or said nothing within the wait. */
    public record Reply(int status, Map<String, String> headers, String body, Duration took) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A JSON POST from the trusted proxy on behalf of {@code forwardedFor}. */
    public static Reply postFromProxy(String path, String forwardedFor, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "X-Forwarded-For: " + forwardedFor + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        return exchange(TRUSTED_PROXY, concat(head.getBytes(StandardCharsets.ISO_8859_1), body), Duration.ofSeconds(30));
    }

    /** Sends the bytes as they are from 127.0.0.1, keeps the connection open, and reads one answer. */
    public static Reply exchange(byte[] request, Duration wait) {
        return exchange("127.0.0.1", request, wait);
    }

    public static Reply exchange(String fromAddress, byte[] request, Duration wait) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(fromAddress), 0));
            socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5000);
            socket.setSoTimeout((int) wait.toMillis());
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return read(socket.getInputStream(), start);
        } catch (SocketTimeoutException e) {
            return new Reply(0, Map.of(), "", Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply read(InputStream in, long start) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            if (head.size() >= 4 && head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                break;
            }
        }
        if (head.size() == 0) {
            return new Reply(0, Map.of(), "", Duration.ofNanos(System.nanoTime() - start));
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(in);
        } else {
            body = in.readAllBytes();
        }
        return new Reply(status, headers, new String(body, StandardCharsets.UTF_8), Duration.ofNanos(System.nanoTime() - start));
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }

    public static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
