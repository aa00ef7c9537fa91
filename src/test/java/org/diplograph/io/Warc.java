package org.diplograph.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files by hand for tests (WARC/1.0 framing, as CC-NEWS writes it). */
final class Warc {
    private Warc() {}

    static byte[] record(String type, String target, String contentType, String block) {
        byte[] body = block.getBytes(StandardCharsets.UTF_8);
        StringBuilder h = new StringBuilder("WARC/1.0\r\n")
                .append("WARC-Type: ").append(type).append("\r\n")
                .append("WARC-Record-ID: <urn:uuid:").append(UUID.nameUUIDFromBytes(body)).append(">\r\n")
                .append("WARC-Date: 2024-03-05T10:11:12Z\r\n");
        if (target != null) h.append("WARC-Target-URI: ").append(target).append("\r\n");
        h.append("Content-Type: ").append(contentType).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        out.writeBytes("\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] response(String target, String status, String type, String html) {
        int len = html.getBytes(StandardCharsets.UTF_8).length;
        String http = "HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + len + "\r\n\r\n" + html;
        return record("response", target, "application/http; msgtype=response", http);
    }

    static byte[] file(byte[]... records) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) out.writeBytes(r);
        return out.toByteArray();
    }

    /** One gzip member per record, as .warc.gz files are written. */
    static byte[] gzipPerRecord(byte[]... records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] r : records) {
            ByteArrayOutputStream member = new ByteArrayOutputStream();
            try (OutputStream gz = new GZIPOutputStream(member)) {
                gz.write(r);
            }
            out.writeBytes(member.toByteArray());
        }
        return out.toByteArray();
    }
}
