package dev.debtos.local.server;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import dev.debtos.local.web.DashboardSite;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpServerKeepAliveHandler;
import io.netty.handler.timeout.IdleStateHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The local stand-in for API Gateway and CloudFront: an HTTP/1.1 server (Netty's codec, keep-alive, pipelining) that
 * hands every request under {@code /api}, as a proxy event, to one function and writes its proxy response back, and
 * answers every other path from the built dashboard ({@link DashboardSite}). What the server refuses itself (a request
 * line, header or request target that is not HTTP, a body over {@link ProxyEventTranslator#MAX_BODY_BYTES}) is a
 * problem+json answer with the headers every function answer carries, like everything else ({@link ApiChannelHandler}).
 * Requests run on virtual threads, one connection's in the order they came.
 */
public final class LocalApiServer implements AutoCloseable {
    private static final int STOP_GRACE_SECONDS = 2;
    private static final int MAX_REQUEST_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 32 * 1024;
    private static final int IDLE_SECONDS = 120;

    private final EventLoopGroup group;
    private final Channel channel;
    private final ExecutorService executor;

    private LocalApiServer(EventLoopGroup group, Channel channel, ExecutorService executor) {
        this.group = group;
        this.channel = channel;
        this.executor = executor;
    }

    /** Binds {@code address} (port 0 picks a free one) and starts serving the API and the dashboard. */
    public static LocalApiServer start(InetSocketAddress address,
                                       Function<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> function,
                                       DashboardSite site) throws IOException {
        // two event-loop threads only move bytes; the functions run on virtual threads
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, new DefaultThreadFactory("local-api", true),
                NioIoHandler.newFactory());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        ServerBootstrap bootstrap = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel connection) {
                        connection.pipeline().addLast(
                                new IdleStateHandler(0, 0, IDLE_SECONDS) {
                                    @Override
                                    protected void channelIdle(io.netty.channel.ChannelHandlerContext ctx,
                                                               io.netty.handler.timeout.IdleStateEvent event) {
                                        ctx.close();
                                    }
                                },
                                new HttpServerCodec(MAX_REQUEST_LINE, MAX_HEADERS, 64 * 1024),
                                new HttpServerKeepAliveHandler(),
                                new BodyLimit(ProxyEventTranslator.MAX_BODY_BYTES),
                                new ApiChannelHandler(function, site, executor));
                    }
                });
        ChannelFuture bound = bootstrap.bind(address).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            group.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            executor.close();
            throw bound.cause() instanceof IOException io ? io : new IOException("cannot bind " + address, bound.cause());
        }
        return new LocalApiServer(group, bound.channel(), executor);
    }

    public int port() {
        return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /** Stops accepting, lets running requests finish (up to 2 s), then stops the connections and threads. */
    @Override
    public void close() {
        channel.close().awaitUninterruptibly();
        executor.shutdown();
        try {
            executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        group.shutdownGracefully(0, STOP_GRACE_SECONDS, TimeUnit.SECONDS).awaitUninterruptibly();
        executor.shutdownNow();
    }
}
