package dev.debtos.local.server;

import dev.debtos.api.http.ProblemType;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpMessage;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;

/**
 * Collects each request's body up to {@code maxBytes}; a larger one (by its Content-Length, or once its chunks pass
 * the limit) is answered 413 as a problem with the headers of every answer, before or while it arrives, and the
 * rest of it is discarded (API Gateway's job in AWS).
 */
final class BodyLimit extends HttpObjectAggregator {
    BodyLimit(int maxBytes) {
        super(maxBytes);
    }

    @Override
    protected void handleOversizedMessage(ChannelHandlerContext ctx, HttpMessage oversized) {
        if (!(oversized instanceof HttpRequest request)) {
            ctx.close();
            return;
        }
        var response = ApiChannelHandler.problem(ProblemType.PAYLOAD_TOO_LARGE,
                "request bodies are limited to " + ProxyEventTranslator.MAX_BODY_BYTES + " bytes", request,
                RequestTarget.parse(request.uri()).orElse(null), ApiChannelHandler.sourceIp(ctx));
        // a body still arriving is dropped by the aggregator and the connection stays usable, unless it is to close anyway
        boolean close = oversized instanceof FullHttpMessage
                || !HttpUtil.is100ContinueExpected(oversized) && !HttpUtil.isKeepAlive(oversized);
        ctx.pipeline().get(ApiChannelHandler.class).answerInTurn(response, close);
    }
}
