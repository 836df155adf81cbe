package dev.debtos.search;

import dev.debtos.api.ApiFunctions;
import dev.debtos.embedding.EmbeddingModels;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The API's functions with the embedding model: the {@code MAIN_CLASS} of the Lambdas deployed from the search package
 * (the routes the route table puts in {@code search}: those that embed a text query). The in-process model is loaded
 * here, during init, so a SnapStart snapshot holds it and the first query only runs it; it opens no socket, only
 * reads the model from the class path. Everything else is {@link ApiFunctions}, unchanged.
 */
public final class SearchFunctions implements ApplicationContextInitializer<GenericApplicationContext> {
    private static final Logger LOG = LogManager.getLogger(SearchFunctions.class);

    private final ApiFunctions functions;

    /** For the AWS adapter, as {@link ApiFunctions#ApiFunctions()}, with the configured model loaded first. */
    public SearchFunctions() {
        EmbeddingModels.preload(System::getenv).ifPresent(model -> LOG.info("Embedding model {} loaded during init", model));
        this.functions = new ApiFunctions();
    }

    @Override
    public void initialize(GenericApplicationContext context) {
        functions.initialize(context);
    }
}
