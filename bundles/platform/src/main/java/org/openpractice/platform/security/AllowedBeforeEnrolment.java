package org.openpractice.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method that a member may call while their account requires two-factor authentication and they have
 * not enrolled yet ({@link CurrentMember#mustEnrolTwoFactor()}): signing out, reading who they are, and enrolling.
 * Every other method is refused until they enrol.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowedBeforeEnrolment {
}
