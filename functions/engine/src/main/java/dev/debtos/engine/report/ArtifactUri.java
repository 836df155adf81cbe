package dev.debtos.engine.report;

import java.nio.charset.StandardCharsets;

/**
 * A repository-relative path as a relative URI reference: segments joined by {@code /}, every byte outside RFC 3986's
 * unreserved and sub-delimiter characters percent-encoded (':' too, which
 * would read as a scheme) ({@code src/<script>.js} → {@code src/%3Cscript%3E.js}).
 */
final class ArtifactUri {

    private static final String ALLOWED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=@/";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArtifactUri() {
    }

    static String of(String repositoryPath) {
        String path = repositoryPath.replace('\\', '/');
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        StringBuilder uri = new StringBuilder(path.length() + 8);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && ALLOWED.indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(HEX[(b >> 4) & 0xf]).append(HEX[b & 0xf]);
            }
        }
        return uri.toString();
    }
}
