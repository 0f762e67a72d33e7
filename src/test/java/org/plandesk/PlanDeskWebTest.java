package org.plandesk;

import org.junit.jupiter.api.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A PlanDesk test through real HTTP on a free port. The engine keeps its name "default", which
 * Camunda's REST authentication filter resolves from the URL; all such tests share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@Tag("integration")
@ActiveProfiles("test")
public @interface PlanDeskWebTest {}
