package org.plandesk.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a test node is configured: the production {@code postgres} profile through the README's
 * environment variables, plus the few settings a test needs (demo users with mail addresses, a
 * local SMTP server without TLS, short waits). Every node of one cluster gets the same settings but
 * its port and its name.
 */
public record NodeSettings(
    String databaseUrl,
    int smtpPort,
    String adminPassword,
    String baseUrl,
    Map<String, String> extra) {

  public static final String ADMIN = "admin";
  public static final String STAFF_PASSWORD = "demo";

  public NodeSettings {
    extra = Map.copyOf(extra);
  }

  public NodeSettings with(String property, String value) {
    Map<String, String> more = new LinkedHashMap<>(extra);
    more.put(property, value);
    return new NodeSettings(databaseUrl, smtpPort, adminPassword, baseUrl, more);
  }

  public NodeProcess node(String name, int port, NodeProcess.Launch launch, Path logDir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PORT", String.valueOf(port));
    env.put("PLANDESK_DB_URL", databaseUrl);
    env.put("PLANDESK_DB_USER", "postgres");
    env.put("PLANDESK_DB_PASSWORD", "");
    env.put("PLANDESK_ADMIN_USER", ADMIN);
    env.put("PLANDESK_ADMIN_PASSWORD", adminPassword);
    env.put("PLANDESK_BASE_URL", baseUrl);
    env.put("PLANDESK_SMTP_HOST", "127.0.0.1");
    env.put("PLANDESK_SMTP_PORT", String.valueOf(smtpPort));
    env.put("PLANDESK_SMTP_STARTTLS", "false");
    env.put("PLANDESK_OFFICE_ENABLED", "false");
    // Where a test switches LibreOffice on: the node's own port and profile, kept across its
    // restarts,
    // apart from every other build's offices on this machine.
    env.put("PLANDESK_OFFICE_PORT", String.valueOf(NodeProcess.freePort()));
    env.put(
        "PLANDESK_OFFICE_WORK_DIR", logDir.resolve(name + "-office").toAbsolutePath().toString());
    List<String> args = new ArrayList<>();
    args.add("--spring.profiles.active=postgres");
    args.add("--spring.main.banner-mode=off");
    // Demo staff (with mail addresses); no demo plans, so every plan and mail is the test's own.
    args.add("--plandesk.demo-data=true");
    args.add("--plandesk.demo-plans=false");
    // The engine records this name with every job it runs (ACT_HI_JOB_LOG.HOSTNAME_): which node
    // did what.
    args.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
    args.add("--plandesk.notification.poll-interval=PT1S");
    extra.forEach((key, value) -> args.add("--" + key + "=" + value));
    return new NodeProcess(name, port, launch, env, args, logDir);
  }
}
