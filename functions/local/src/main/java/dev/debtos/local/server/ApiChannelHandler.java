package dev.debtos.local.server;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.api.http.ApiFunction;
import dev.debtos.api.http.ApiResponses;
import dev.debtos.api.http.ProblemType;
import dev.debtos.local.web.DashboardSite;
import dev.debtos.local.web.SiteResponse;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.apache.logging.log4j.CloseableThreadContext;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * One connection of the local runtime: each whole request goes, on a virtual thread and after the connection's
 * previous request has been answered, to the API function (paths under {@code /api}) or the dashboard. A request the
 * HTTP codec could not read, or whose target is malformed, is a 400 problem and the connection closes. One JSON log
 * line per request: method, path (never the query string), status and milliseconds.
 */
final class ApiChannelHandler extends SimpleChannelInboundHandler<FullHttpRequest> {
    private static final Logger LOG = LogManager.getLogger(ApiChannelHandler.class);

    private final Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function;
    private final DashboardSite site;
    private final Executor executor;
    private ChannelHandlerContext context;
    /** The connection's last request: the next is answered after it, so pipelined answers keep their order. */
    private CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);

    ApiChannelHandler(Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function, DashboardSite site,
                      Executor executor) {
        this.function = function;
        this.site = site;
        this.executor = executor;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.context = ctx;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest request) {
        String sourceIp = sourceIp(ctx);
        var target = RequestTarget.parse(request.uri());
        boolean unreadable = request.decoderResult().isFailure() || request.protocolVersion().majorVersion() != 1;
        if (unreadable || target.isEmpty()) {
            // what the codec or the target check refused: the client sent something that is not an HTTP request we read
            String detail = unreadable ? "the request line or headers are not valid HTTP/1.1"
                    : "the request target is not a valid URI path (check its %-escapes)";
            answerInTurn(problem(ProblemType.BAD_REQUEST, detail, request, null, sourceIp), true);
            log(request.method().name(), "/", 400, 0);
            return;
        }
        // the body is copied out here: the buffer belongs to the event loop and is released when this method returns
        HttpRequest head = request;
        byte[] body = ByteBufUtil.getBytes(request.content());
        boolean keepAlive = HttpUtil.isKeepAlive(request);
        inTurn(() -> {
            FullHttpResponse response = respond(head, target.get(), sourceIp, body);
            return new Answer(response, !keepAlive);
        });
    }

    /** Writes {@code response} once every earlier request of the connection has been answered. */
    void answerInTurn(FullHttpResponse response, boolean close) {
        inTurn(() -> new Answer(response, close));
    }

    private void inTurn(java.util.function.Supplier<Answer> answer) {
        previous = previous.thenRunAsync(() -> {
            Answer a = answer.get();
            if (a.close()) {
                HttpUtil.setKeepAlive(a.response(), false);
                context.writeAndFlush(a.response()).addListener(ChannelFutureListener.CLOSE);
            } else {
                context.writeAndFlush(a.response()).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
            }
        }, executor).exceptionally(failure -> {
            context.close();
            return null;
        });
    }

    private FullHttpResponse respond(HttpRequest request, RequestTarget target, String sourceIp, byte[] body) {
        long start = System.nanoTime();
        String method = request.method().name();
        boolean head = request.method().equals(HttpMethod.HEAD);
        FullHttpResponse response;
        try {
            response = isApi(target.rawPath())
                    ? ProxyEventTranslator.toResponse(function.apply(ProxyEventTranslator.toEvent(request, target, sourceIp, body)), head)
                    : site(request, target, head);
        } catch (RuntimeException e) {
            LOG.error("local runtime failed to serve a request: {}", e.getClass().getSimpleName());
            response = problem(ProblemType.INTERNAL, "the request failed; quote the request id when reporting it", request,
                    target, sourceIp);
        }
        log(method, target.rawPath(), response.status().code(), (System.nanoTime() - start) / 1_000_000);
        return response;
    }

    private FullHttpResponse site(HttpRequest request, RequestTarget target, boolean head) {
        SiteResponse answer = site.serve(request.method().name(), target.path(), request.headers().get(HttpHeaderNames.IF_NONE_MATCH),
                request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
        boolean noBody = answer.status() == 304 || head;
        var response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, HttpResponseStatus.valueOf(answer.status()),
                noBody ? Unpooled.EMPTY_BUFFER : Unpooled.wrappedBuffer(answer.body()));
        answer.headers().forEach((name, value) -> response.headers().set(name, value));
        if (answer.status() != 304) {
            response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, answer.body().length);
        }
        return response;
    }

    /** A problem answer with the headers every function answer carries (security headers, request id). */
    static FullHttpResponse problem(ProblemType type, String detail, HttpRequest request, RequestTarget target, String sourceIp) {
        APIGatewayProxyRequestEvent event = ProxyEventTranslator.head(request, target, sourceIp);
        return ProxyEventTranslator.toResponse(ApiFunction.withStandardHeaders(event, ApiResponses.problem(type, detail, event)),
                request.method().equals(HttpMethod.HEAD));
    }

    static String sourceIp(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress address ? address.getAddress().getHostAddress() : null;
    }

    private static boolean isApi(String rawPath) {
        return rawPath.equals("/api") || rawPath.startsWith("/api/");
    }

    private static void log(String method, String path, int status, long millis) {
        try (var context = CloseableThreadContext.put("method", method).put("path", path)
                .put("status", Integer.toString(status)).put("ms", Long.toString(millis))) {
            LOG.info("request");
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // a connection reset or a read on a closed socket: nothing to answer, and nothing of it is logged in full
        ctx.close();
    }

    private record Answer(FullHttpResponse response, boolean close) {
    }
}
