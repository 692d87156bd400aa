package dev.interviewer.cli;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** A component built on first use, once, so a command builds only what it uses. Thread-safe. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    private Lazy(Supplier<T> factory) {
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    static <T> Lazy<T> of(Supplier<T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(factory.get(), "a component factory returned null");
                }
                current = value;
            }
        }
        return current;
    }

    /** Runs the action on the component if it was built (to close it), never building it. */
    void ifBuilt(Consumer<T> action) {
        T current = value;
        if (current != null) {
            action.accept(current);
        }
    }
}
