package dev.signpost.database;

import jakarta.persistence.AttributeConverter;

import java.util.Optional;
import java.util.function.Function;

/**
 * Stores an enum as the code people and URLs use ({@code in-progress}) rather than its Java name, so that renaming a
 * constant never changes stored data. A subclass per enum names the two directions; an unknown stored code is an error.
 */
public abstract class CodeColumn<E> implements AttributeConverter<E, String> {

    private final Function<E, String> code;
    private final Function<String, Optional<E>> of;

    protected CodeColumn(Function<E, String> code, Function<String, Optional<E>> of) {
        this.code = code;
        this.of = of;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : code.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String stored) {
        return stored == null ? null : of.apply(stored).orElseThrow(() -> new IllegalStateException("unknown code in the database: " + stored));
    }
}
