package dev.debtos.worker.embed;

import dev.debtos.platform.embeddings.TextEmbedder;
import java.util.List;

/**
 * A paraphrase check for {@link EmbeddingBench}: plain-language descriptions of what ten small functions do, each
 * asked against all ten; counts the descriptions whose own function ranks first.
 */
final class Paraphrases {
    private static final List<String> FUNCTIONS = List.of(
            "static int sum(int[] values) { int total = 0; for (int v : values) total += v; return total; }",
            "static String reverse(String s) { return new StringBuilder(s).reverse().toString(); }",
            "static boolean isLeapYear(int year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }",
            "static byte[] readFile(Path path) throws IOException { try (InputStream in = Files.newInputStream(path)) { return in.readAllBytes(); } }",
            "static void sleepQuietly(long millis) { try { Thread.sleep(millis); } catch (InterruptedException e) { Thread.currentThread().interrupt(); } }",
            "static String sha256(byte[] data) throws Exception { return HexFormat.of().formatHex(MessageDigest.getInstance(\"SHA-256\").digest(data)); }",
            "static Socket connect(String host, int port) throws IOException { Socket socket = new Socket(); socket.connect(new InetSocketAddress(host, port), 5000); return socket; }",
            "static <T> List<T> distinct(List<T> items) { return new ArrayList<>(new LinkedHashSet<>(items)); }",
            "static double celsiusToFahrenheit(double celsius) { return celsius * 9 / 5 + 32; }",
            "static boolean isValidEmail(String email) { return email.matches(\"^[^@\\\\s]+@[^@\\\\s]+\\\\.[^@\\\\s]+$\"); }");
    private static final List<String> DESCRIPTIONS = List.of(
            "add up every number in an array",
            "turn a string backwards",
            "check whether a year has february 29",
            "load the whole content of a file into memory",
            "pause the thread and keep the interrupt flag",
            "compute a hex digest hash of some bytes",
            "open a tcp connection with a timeout",
            "remove duplicates from a list keeping the order",
            "convert a temperature to the fahrenheit scale",
            "validate an e-mail address format");

    private Paraphrases() {
    }

    static int size() {
        return DESCRIPTIONS.size();
    }

    static int firsts(TextEmbedder model) {
        List<float[]> functions = model.embedAll(FUNCTIONS);
        List<float[]> descriptions = model.embedAll(DESCRIPTIONS);
        int firsts = 0;
        for (int d = 0; d < descriptions.size(); d++) {
            int best = 0;
            for (int f = 1; f < functions.size(); f++) {
                if (dot(descriptions.get(d), functions.get(f)) > dot(descriptions.get(d), functions.get(best))) {
                    best = f;
                }
            }
            firsts += best == d ? 1 : 0;
        }
        return firsts;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
