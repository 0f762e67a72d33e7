package org.plandesk.system;

import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.core.FeatureContext;
import java.util.List;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Adds PlanDesk's error mapping ({@link EngineRestErrors}, {@link EngineRestConflicts}) to every
 * Camunda REST application: {@code /engine-rest} and the webapps' own APIs (the engine API {@code
 * /camunda/api/engine}, which the Tasklist submits its forms to, admin, cockpit, tasklist). Camunda
 * registers the webapps' Jersey servlets itself, so they are reached by Jersey's auto-discovery
 * (listed in {@code META-INF/services}) rather than by configuration.
 */
@ConstrainedTo(RuntimeType.SERVER)
@Priority(AutoDiscoverable.DEFAULT_PRIORITY)
public class EngineErrorsDiscoverable implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    for (Class<?> mapper :
        List.of(
            EngineRestErrors.class,
            EngineRestErrors.AnyFailure.class,
            EngineRestErrors.EngineFailure.class,
            EngineRestErrors.UnreadableJson.class,
            EngineRestErrors.MisshapenJson.class,
            EngineRestConflicts.OptimisticLocking.class,
            EngineRestConflicts.AlreadyClaimed.class,
            EngineRestConflicts.TaskGone.class)) {
      if (!context.getConfiguration().isRegistered(mapper)) {
        context.register(mapper);
      }
    }
  }
}
