package dev.signpost.web.forms;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text field's length in characters: at least {@code min} (else {@link #tooShort}) and at most {@code max} (else
 * {@link #message}, which may name the {@code {length}} typed and the {@code {max}}). Null counts as empty.
 */
@Documented
@Constraint(validatedBy = Chars.Check.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Chars {

    int min() default 0;

    int max();

    /** When the text is shorter than {@code min}. */
    String tooShort() default "Type at least {min} characters.";

    /** When the text is longer than {@code max}. */
    String message() default "This has {length} characters; the limit is {max}.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Chars}. */
    final class Check implements ConstraintValidator<Chars, CharSequence> {

        private Chars rule;

        @Override
        public void initialize(Chars rule) {
            this.rule = rule;
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            int length = text == null ? 0 : text.length();
            if (length >= rule.min() && length <= rule.max()) {
                return true;
            }
            HibernateConstraintValidatorContext hibernate = context.unwrap(HibernateConstraintValidatorContext.class);
            hibernate.addMessageParameter("length", length);
            if (length < rule.min()) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(rule.tooShort()).addConstraintViolation();
            }
            return false;
        }
    }
}
