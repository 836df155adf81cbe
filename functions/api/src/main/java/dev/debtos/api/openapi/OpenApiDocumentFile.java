package dev.debtos.api.openapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import dev.debtos.api.route.RouteTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the document {@code GET /api/openapi.json} serves to a file: the web dashboard's build generates its API
 * types from it, so a route or body change breaks the dashboard's build rather than its pages.
 * Usage: {@code java -cp <api classpath> dev.debtos.api.openapi.OpenApiDocumentFile <file>}.
 */
public final class OpenApiDocumentFile {
    private OpenApiDocumentFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: OpenApiDocumentFile <output file>");
            System.exit(2);
        }
        String document = new GetOpenApiHandler(RouteTable.standard()).apply(new APIGatewayProxyRequestEvent()).getBody();
        Path file = Path.of(args[0]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, document, StandardCharsets.UTF_8);
    }
}
