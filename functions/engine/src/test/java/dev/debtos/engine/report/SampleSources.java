package dev.debtos.engine.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The working tree behind {@link SampleResults}: small but real-looking files, so excerpts have something to show. */
final class SampleSources {

    static final String ORDER_SERVICE = "src/main/java/com/acme/shop/OrderService.java";
    static final String INVENTORY_CLIENT = "src/main/java/com/acme/shop/InventoryClient.java";
    static final String PAYMENT_GATEWAY = "src/main/java/com/acme/shop/PaymentGateway.java";
    static final String CART = "web/src/cart.ts";
    static final String CHECKOUT = "web/src/checkout.ts";
    /** A file name that is also markup: reports must show it, never run it. */
    static final String SCRIPT_NAMED = "web/src/<script>.js";
    static final String IMPORT_LEGACY = "scripts/import_legacy.py";

    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("README.md", "# acme-shop\n\nThe shop's order, payment and cart services.\n");
        FILES.put(ORDER_SERVICE, """
                package com.acme.shop;

                import java.math.BigDecimal;
                import java.util.List;

                public class OrderService {
                    private final InventoryClient inventory;
                    private final PaymentGateway payments;

                    // TODO: split pricing out of this class once the tax rules are stable
                    public Order placeOrder(Customer customer, List<Line> lines, String coupon) {
                        if (customer == null || lines.isEmpty()) {
                            throw new IllegalArgumentException("customer & lines are required");
                        }
                        BigDecimal total = BigDecimal.ZERO;
                        for (Line line : lines) {
                            if (line.quantity() <= 0) {
                                continue;
                            }
                            if (!inventory.reserve(line.sku(), line.quantity())) {
                                if (line.optional()) {
                                    continue;
                                } else if (customer.isVip()) {
                                    inventory.backorder(line.sku(), line.quantity());
                                } else {
                                    throw new OutOfStockException(line.sku());
                                }
                            }
                            total = total.add(line.price().multiply(BigDecimal.valueOf(line.quantity())));
                        }
                        if (coupon != null && coupon.startsWith("VIP") && customer.isVip()) {
                            total = total.multiply(new BigDecimal("0.9"));
                        } else if (coupon != null && total.compareTo(new BigDecimal("100")) > 0) {
                            total = total.subtract(new BigDecimal("5"));
                        }
                        payments.charge(customer, total);
                        return new Order(customer, lines, total);
                    }

                    // FIXME: refunds ignore the coupon applied at checkout
                    public void refund(Order order) {
                        payments.refund(order.customer(), order.total());
                    }
                }
                """);
        FILES.put(INVENTORY_CLIENT, """
                package com.acme.shop;

                public class InventoryClient {
                    private OrderService orders; // HACK: back-reference to re-price on stock changes

                    public boolean reserve(String sku, int quantity) {
                        return quantity < 100;
                    }

                    public void backorder(String sku, int quantity) {
                    }
                }
                """);
        FILES.put(PAYMENT_GATEWAY, """
                package com.acme.shop;

                import java.math.BigDecimal;

                public class PaymentGateway {
                    private static final String API_KEY = "sk_live_51HxQ2ZLm8fake0000000000";
                    private static final String ENDPOINT = "https://payments.internal.acme:8443/v2";

                    public void charge(Customer customer, BigDecimal amount) {
                        post(ENDPOINT + "/charges", API_KEY, customer.id(), amount);
                    }

                    public void refund(Customer customer, BigDecimal amount) {
                        post(ENDPOINT + "/refunds", API_KEY, customer.id(), amount.negate());
                    }
                }
                """);
        String totals = """
                export function lineTotal(line: Line): number {
                  const gross = line.price * line.quantity;
                  const discount = line.discount ?? 0;
                  const net = gross - gross * discount;
                  return Math.round(net * 100) / 100;
                }
                """;
        FILES.put(CART, "import { Line } from './model';\n\n" + totals + "\nexport const cart: Line[] = [];\n");
        FILES.put(CHECKOUT, "import { Line } from './model';\nimport { post } from './http';\n\n" + totals
                + "\nexport async function checkout(lines: Line[]) {\n  return post('/orders', lines);\n}\n");
        FILES.put(SCRIPT_NAMED, """
                // XXX: legacy widget </script><script>alert('xss')</script>
                export function render(el) {
                  document.write('<div class="widget">' + el.title + '</div>');
                }
                """);
        FILES.put(IMPORT_LEGACY, """
                #!/usr/bin/env python3
                import csv


                def main(path):
                    with open(path) as f:
                        for row in csv.reader(f):
                            print(row)


                def old_import(path):
                    # workaround for the 2019 export format, no longer produced
                    return [line.split(';') for line in open(path)]


                if __name__ == '__main__':
                    main('orders.csv')
                """);
    }

    private SampleSources() {
    }

    static void writeTo(Path root) throws IOException {
        for (Map.Entry<String, String> file : FILES.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue());
        }
    }

    /** 1-based number of the first line of {@code path} that contains {@code text}. */
    static int lineOf(String path, String text) {
        String[] lines = FILES.get(path).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException(path + " has no line containing " + text);
    }

    static int lineCount(String path) {
        return (int) FILES.get(path).lines().count();
    }
}
