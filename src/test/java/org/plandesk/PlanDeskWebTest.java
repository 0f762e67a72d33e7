package org.plandesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * A PlanDesk test through real HTTP on a free port. The engine keeps its name "default", which
 * Camunda's REST authentication filter resolves from the URL; all such tests share one context
 * (those on PostgreSQL one of their own: {@link EngineOfThisContext} keeps each test's HTTP calls
 * on its own engine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.generate-unique-process-engine-name=false")
@Tag("integration")
@ActiveProfiles("test")
@TestExecutionListeners(
    listeners = EngineOfThisContext.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface PlanDeskWebTest {}
