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
 * Text as a keyboard types it: line feeds and tabs, but no other control character, no Unicode line or paragraph
 * separator and no bidirectional override. With {@link #paragraphs()} false, also no blank line.
 */
@Documented
@Constraint(validatedBy = PlainText.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

    /** Whether the text may hold several paragraphs (blank lines). */
    boolean paragraphs() default true;

    /** When the text holds a blank line and may not. */
    String oneParagraph() default "Keep this to one paragraph, without blank lines.";

    /** When the text holds a control character. */
    String message() default "This contains control characters or line separators; type it as plain text.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link PlainText}. */
    final class Check implements ConstraintValidator<PlainText, CharSequence> {

        private static final Pattern BLANK_LINE = Pattern.compile("\n[ \\t\\u00A0]*\n");
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Zl}\\p{Zp}\\u202A-\\u202E\\u2066-\\u2069&&[^\\n\\t]]");

        private PlainText rule;

        @Override
        public void initialize(PlainText rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            if (text == null) {
                return true;
            }
            if (!rule.paragraphs() && BLANK_LINE.matcher(text).find()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(rule.oneParagraph()).addConstraintViolation();
                return false;
            }
            return !CONTROL.matcher(text).find();
        }
    }
}
