package dev.debtos.platform.logging;

import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.SortedArrayStringMap;

/**
 * The last step before a log line is written: masks secrets in the message and context, and replaces a
 * throwable by its type and (masked) message, so that neither a secret nor a stack trace ever reaches a log.
 */
@Plugin(name = "SecretMasking", category = "Core", elementType = "rewritePolicy", printObject = true)
public final class SecretMaskingPolicy implements RewritePolicy {

    @PluginFactory
    public static SecretMaskingPolicy create() {
        return new SecretMaskingPolicy();
    }

    @Override
    public LogEvent rewrite(LogEvent event) {
        String original = event.getMessage().getFormattedMessage();
        String masked = Redactor.mask(original);
        SortedArrayStringMap context = new SortedArrayStringMap();
        event.getContextData().forEach((key, value) ->
                context.putValue(key, value instanceof String text ? Redactor.mask(text) : value));
        Throwable thrown = event.getThrown();
        if (thrown != null) {
            context.putValue("errorType", thrown.getClass().getName());
            if (thrown.getMessage() != null) {
                context.putValue("errorMessage", Redactor.mask(thrown.getMessage()));
            }
        }
        if (masked.equals(original) && thrown == null && context.equals(event.getContextData())) {
            return event; // keeps structured arguments intact for the layout
        }
        Log4jLogEvent.Builder builder = new Log4jLogEvent.Builder(event).setContextData(context).setThrown(null).setThrownProxy(null);
        if (!masked.equals(original)) {
            builder.setMessage(new SimpleMessage(masked));
        }
        return builder.build();
    }
}
