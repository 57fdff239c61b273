package dev.precis.function;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value made on first use and then kept, safely across threads: the AWS SDK clients, which
 * only the entry points that call AWS should pay to build.
 */
public final class Lazy<T> implements Supplier<T> {

    private final Supplier<T> maker;
    private volatile T value;

    public Lazy(Supplier<T> maker) {
        this.maker = Objects.requireNonNull(maker);
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(maker.get());
                }
                v = value;
            }
        }
        return v;
    }
}
