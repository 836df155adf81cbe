package dev.debtos.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium through {@code scripts/lib/html-screenshot} and checks the picture is
 * a real one. Skipped, never passed, where Chromium is not installed. The page and its PNG stay in
 * {@code target/report-screenshot/} for a person to look at.
 */
class HtmlReportScreenshotIT {

    private static final int WIDTH = 1280;
    private static final int HEIGHT = 2000;
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @TempDir
    Path tree;

    @Test
    void theSampleReportRendersAsANonBlankPageOfTheRequestedWidth() throws Exception {
        assumeTrue(chromiumInstalled(), "chromium is not installed (scripts/setup installs it)");
        Path out = Path.of("target", "report-screenshot").toAbsolutePath();
        Files.createDirectories(out);
        SampleSources.writeTo(tree);
        Path page = out.resolve("report.html");
        new HtmlReportWriter().write(SampleResults.shop(), tree, page);
        Path png = out.resolve("report.png");

        Process process = new ProcessBuilder(script().toString(), page.toString(), png.toString(),
                String.valueOf(WIDTH), String.valueOf(HEIGHT)).redirectErrorStream(true).start();
        assertThat(process.waitFor(150, TimeUnit.SECONDS)).as("html-screenshot finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();

        byte[] bytes = Files.readAllBytes(png);
        assertThat(Arrays.copyOf(bytes, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        assertNotBlank(image);
    }

    /** A blank or single-colour page has next to no variance and a handful of colours; a report has both. */
    private static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        double sum = 0;
        double sumOfSquares = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                double luminance = 0.2126 * (rgb >> 16) + 0.7152 * (rgb >> 8 & 0xff) + 0.0722 * (rgb & 0xff);
                sum += luminance;
                sumOfSquares += luminance * luminance;
                samples++;
            }
        }
        double mean = sum / samples;
        double variance = sumOfSquares / samples - mean * mean;
        assertThat(variance).as("luminance variance").isGreaterThan(100);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(200);
    }

    private static boolean chromiumInstalled() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : new String[] {"chromium", "chromium-browser"}) {
                if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Path script() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scripts/lib/html-screenshot");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IOException("scripts/lib/html-screenshot not found above " + Path.of("").toAbsolutePath());
    }
}
