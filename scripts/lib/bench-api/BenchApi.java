import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver of {@code scripts/bench api} (a single-file program: {@code java BenchApi.java ...}). For each route,
 * in turn: one probe request (a 404 or 405 means the route is not on this branch: skipped with a note), a warm-up,
 * then CLIENTS threads sending requests back to back for SECONDS. Prints per route the requests, the errors by
 * status (anything but 2xx, and I/O failures, is an error, never a success), throughput, and p50/p95/p99 latency
 * of every completed request.
 *
 * <p>Arguments: baseUrl token clients seconds warmupSeconds idsFile route... where a route is "METHOD /path" and
 * the path may hold {repo} (the seeded repository) and {item} (rotates over the debt item ids in idsFile, whose
 * first line is the repository id).
 */
public final class BenchApi {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int clients = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        List<String> ids = Files.readAllLines(Path.of(args[5])).stream().filter(l -> !l.isBlank()).toList();
        String repo = ids.getFirst();
        List<String> items = ids.subList(1, ids.size());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("%-52s %8s %7s %9s %8s %8s %8s  %s%n", "route", "requests", "errors", "req/s", "p50 ms", "p95 ms", "p99 ms", "p95 vs alarm 2000 ms");
        for (String route : Arrays.copyOfRange(args, 6, args.length)) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replace("{repo}", repo);
            Target target = new Target(http, base, token, method, path, items);
            int probe = target.send(0).status;
            if (probe == 404 || probe == 405) {
                System.out.printf("%-52s skipped: answered %d (not on this branch?)%n", route, probe);
                continue;
            }
            run(target, clients, warmup, null);
            Tally tally = new Tally();
            run(target, clients, seconds, tally);
            tally.print(route, seconds);
        }
    }

    private static void run(Target target, int clients, int seconds, Tally tally) throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong sequence = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    Result result = target.send(sequence.getAndIncrement());
                    if (tally == null) {
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = result.nanos;
                    tally.count(result.status);
                }
                if (tally != null) {
                    tally.add(Arrays.copyOf(mine, n));
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private record Result(int status, long nanos) {
    }

    private record Target(HttpClient http, String base, String token, String method, String path, List<String> items) {
        Result send(long sequence) {
            String resolved = items.isEmpty() ? path : path.replace("{item}", items.get((int) (sequence % items.size())));
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + resolved))
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .build();
            long start = System.nanoTime();
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                return new Result(status, System.nanoTime() - start);
            } catch (Exception e) {
                return new Result(-1, System.nanoTime() - start); // an I/O failure or timeout: an error, status -1
            }
        }
    }

    /** Latencies and status counts of one route's measured run. */
    private static final class Tally {
        private final List<long[]> latencies = new ArrayList<>();
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();

        void count(int status) {
            statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        }

        synchronized void add(long[] nanos) {
            latencies.add(nanos);
        }

        void print(String route, int seconds) {
            long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Map<Integer, Long> errors = new TreeMap<>();
            statuses.forEach((status, count) -> {
                if (status < 200 || status > 299) {
                    errors.put(status, count.get());
                }
            });
            long errorCount = errors.values().stream().mapToLong(Long::longValue).sum();
            double p95 = percentile(all, 95);
            System.out.printf("%-52s %8d %7d %9.1f %8.1f %8.1f %8.1f  %s%s%n", route, all.length, errorCount,
                    all.length / (double) seconds, percentile(all, 50), p95, percentile(all, 99),
                    p95 <= 2000 ? "under" : "OVER", errors.isEmpty() ? "" : "   errors by status: " + errors);
        }

        private static double percentile(long[] sorted, int p) {
            if (sorted.length == 0) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1_000_000.0;
        }
    }
}
