package org.plandesk.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.plandesk.SeedPlans;
import org.plandesk.plan.ModificationListRow;
import org.plandesk.plan.Plan;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanDocumentModels;
import org.plandesk.plan.PlanLanguage;
import org.plandesk.plan.PlanType;
import org.plandesk.plan.PlanVersion;
import org.plandesk.plan.VersionStatus;

/**
 * Benchmark of document rendering (a command, not a test): a large plan (20 strategic and 20
 * communication goals, 20 target groups, 100 action items, 50 modification-list rows) rendered
 * repeatedly after warm-up, against the floor of a bare docx4j load-and-save of the same template.
 * Prints p50/p95 and peak heap of each and their ratio.
 *
 * <p>{@code mvn -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.plandesk.document.DocumentBenchmark} (optional arguments: runs and warm-up
 * runs, default 100 and 20)
 */
public final class DocumentBenchmark {

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    // As in the application: docx4j's debug logging would dominate the figures.
    ((ch.qos.logback.classic.Logger)
            org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    byte[] template = Files.readAllBytes(Path.of("templates/plan.docx"));
    Plan plan =
        new Plan(
            1,
            "KÜLSŐ KOMM",
            SeedPlans.KULSO_KOMM_TITLE,
            PlanType.COMMUNICATION_PLAN,
            PlanLanguage.hu,
            "coordinator",
            Instant.now());
    PlanVersion version = version(51, "51.0", largeContent());
    List<ModificationListRow> earlier =
        IntStream.rangeClosed(1, 50)
            .mapToObj(i -> version(i, i + ".0", PlanContent.empty()))
            .map(
                v ->
                    new ModificationListRow(
                        v.versionNumber(),
                        v.fileName(),
                        5,
                        v.preparedByName(),
                        v.approvedByName(),
                        v.approvalDate(),
                        v.effectiveDate(),
                        v.status()))
            .toList();
    DocumentModel model = PlanDocumentModels.of(plan, version, earlier, false);

    Result floor = measure("bare docx4j load-and-save", runs, warmUp, () -> loadAndSave(template));
    Result render =
        measure(
            "PlanDesk render (large plan)", runs, warmUp, () -> DocxFiller.fill(template, model));
    byte[] rendered = DocxFiller.fill(template, model);
    measure("load-and-save of the result", runs, warmUp, () -> loadAndSave(rendered));
    System.out.printf(
        "ratio render/floor: p50 %.2fx, p95 %.2fx (aim: <= 3x)%n",
        render.p50 / floor.p50, render.p95 / floor.p95);
  }

  private record Result(double p50, double p95, long peakHeapMb) {}

  private static Result measure(String name, int runs, int warmUp, ThrowingRunnable work)
      throws Exception {
    for (int i = 0; i < warmUp; i++) {
      work.run();
    }
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    double[] millis = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    long peak =
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum()
            / (1024 * 1024);
    Result result = new Result(millis[runs / 2], millis[(int) (runs * 0.95)], peak);
    System.out.printf(
        "%-32s p50 %7.1f ms  p95 %7.1f ms  peak heap %4d MB  (%d runs after %d warm-up)%n",
        name, result.p50, result.p95, result.peakHeapMb, runs, warmUp);
    return result;
  }

  private static byte[] loadAndSave(byte[] template) throws Exception {
    WordprocessingMLPackage pkg = WordprocessingMLPackage.load(new ByteArrayInputStream(template));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pkg.save(out);
    return out.toByteArray();
  }

  /** The large plan of this benchmark, also used by the job-duration benchmark. */
  public static PlanContent largeContent() {
    var seed = SeedPlans.kulsoKommunikacio();
    List<String> goals =
        IntStream.range(0, 20)
            .mapToObj(i -> seed.strategicGoals().get(i % seed.strategicGoals().size()) + " " + i)
            .toList();
    List<PlanContent.TargetGroup> groups = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      var g = seed.targetGroups().get(i % seed.targetGroups().size());
      groups.add(
          new PlanContent.TargetGroup(
              i % 2 == 0 ? PlanContent.Tier.PRIMARY : PlanContent.Tier.SECONDARY,
              g.name() + " " + i,
              g.message(),
              g.channels()));
    }
    var lutsk = SeedPlans.lutskProgramme();
    List<PlanContent.ActionItem> items =
        IntStream.range(0, 100)
            .mapToObj(
                i -> {
                  var a = lutsk.actionItems().get(i % lutsk.actionItems().size());
                  return new PlanContent.ActionItem(
                      a.content() + " " + i,
                      a.place(),
                      a.expectedResult(),
                      "Márku Mónika",
                      LocalDate.of(2027, 1 + i % 12, 1));
                })
            .toList();
    return new PlanContent(
        seed.startingPoint(),
        goals,
        goals,
        groups,
        items,
        lutsk.monitoringInstruments(),
        lutsk.indicators(),
        "Large benchmark plan");
  }

  private static PlanVersion version(int sequence, String number, PlanContent content) {
    return new PlanVersion(
        sequence,
        1,
        sequence,
        VersionStatus.SUPERSEDED,
        number,
        "Külső kommunikáció_" + (1990 + sequence),
        content,
        "coordinator",
        "Márku Mónika",
        "director",
        "Mikolasek Zsófia",
        LocalDate.of(2022, 10, 12),
        LocalDate.of(2022, 11, 1),
        null,
        null,
        null,
        0,
        Instant.now(),
        Instant.now());
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
