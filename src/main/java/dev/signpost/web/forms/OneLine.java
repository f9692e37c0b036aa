package dev.signpost.web.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * One line of plain text: no line break, tab or other control character, no Unicode line or paragraph separator, and
 * none of the bidirectional overrides that make text display in another order than it reads (never typed, only
 * scripted).
 */
@Documented
@Constraint(validatedBy = OneLine.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface OneLine {

    String message() default "This must be one line of plain text.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link OneLine}. */
    final class Check implements ConstraintValidator<OneLine, CharSequence> {

        private static final Pattern NOT_ONE_LINE = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069]");

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || !NOT_ONE_LINE.matcher(text).find();
        }
    }
}
