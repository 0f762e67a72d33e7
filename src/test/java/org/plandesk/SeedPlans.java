package org.plandesk;

import java.math.BigDecimal;
import java.util.List;
import org.plandesk.plan.PlanContent;
import org.plandesk.plan.PlanContent.ActionItem;
import org.plandesk.plan.PlanContent.Indicator;
import org.plandesk.plan.PlanContent.MonitoringInstrument;
import org.plandesk.plan.PlanContent.Periodicity;
import org.plandesk.plan.PlanContent.TargetGroup;
import org.plandesk.plan.PlanContent.Tier;

/** Real content from the seeds (../shared/seeds) for tests. */
public final class SeedPlans {

  /** Seed 000: the external communication plan of the József Attila library, Tatabánya. */
  public static final String KULSO_KOMM = "KÜLSŐ KOMM";

  public static final String KULSO_KOMM_TITLE =
      "A József Attila Megyei és Városi Könyvtár külső kommunikációs terve";

  public static final String KULSO_KOMM_FILE = "Külső kommunikáció_2022";

  private SeedPlans() {}

  public static PlanContent kulsoKommunikacio() {
    return new PlanContent(
        "A József Attila Megyei és Városi Könyvtár általános gyűjtőkörű, alap- és felsőszintű"
            + " szolgáltatást nyújtó közkönyvtár. A Komárom-Esztergom Megyei Könyvtárellátási"
            + " Szolgáltató Rendszer központjaként a megye 60 településének ellátásáról gondoskodik.",
        List.of(
            "Komárom-Esztergom megye könyvtárhasználó közönségének minőségi könyvtári ellátása,",
            "0-24 órás tartalomszolgáltatás és tudásmegosztás,",
            "a formális és nem formális tanulás és képzés támogatása, és az élethosszig tartó tanulás segítése,",
            "hátránnyal élők kulturális esélyegyenlőségének javítása,",
            "digitális alfabetizáció támogatása"),
        List.of(
            "a könyvtár helyi társadalmi elfogadottságának további javítása",
            "esélyegyenlőség tudatos képviselője (esélytudatosság),",
            "láthatóság és átláthatóság, rugalmasság és tudatosság"),
        List.of(
            new TargetGroup(
                Tier.PRIMARY,
                "Regisztrált használók",
                "Az intézmény hatékony és eredményorientált, számít véleményükre, élő kapcsolattartásra törekszik",
                "Honlap, szolgáltatásmodulok, rendezvények, fórumok megyei és helyi média, közösségi oldalak, hírlevelek"),
            new TargetGroup(
                Tier.PRIMARY,
                "Önkormányzat (fenntartó)",
                "Hatékony, eredményorientált, megbízható menedzsmenttel és szigorú költségvetési fegyelemmel működik a könyvtár",
                "Honlap, megyei és helyi média, személyes megkeresés, összefoglalók, beszámolók, hírlevelek"),
            new TargetGroup(
                Tier.PRIMARY,
                "Civil szervezetek",
                "Stabil partner, tudatos társadalmi szerepvállalással és esély egyenlőségi elkötelezettséggel",
                "Honlap, megyei és helyi média, személyes megkeresés, információs anyagok, szórólapok, hírlevelek"),
            new TargetGroup(
                Tier.SECONDARY,
                "Kulturális társintézmények",
                "Eredményorientáltság, hatékonyság, együttműködő képesség",
                "Honlap, megyei és helyi média, hírlevelek"),
            new TargetGroup(
                Tier.SECONDARY,
                "Közösségi média",
                "Innovatív, új szolgáltatások, eredmények, harmadik hely funkció, rendezvények",
                "Hírfolyam, fotók/videók, meghívók, plakátok megosztása")),
        List.of(
            new ActionItem(
                "Honlap és hírlevél megújítása",
                "Központi könyvtár",
                "Több regisztrált használó",
                "Márku Mónika",
                null)),
        List.of(),
        List.of(),
        "Első változat.");
  }

  /** Seed 004: the one-year development programme of the Lutsk city library system (Ukrainian). */
  public static PlanContent lutskProgramme() {
    String centre = "Координаційний центр-центральна бібліотека, стосується всіх філій";
    return new PlanContent(
        "Сучасним людям потрібна модернізована високотехнологічна бібліотека для рівноправного,"
            + " вільного та комфортного доступу до інформаційних ресурсів.",
        List.of("Бібліотека європейського рівня як інформаційно-культурний центр громади"),
        List.of(),
        List.of(),
        List.of(
            new ActionItem(
                "Інформаційний моніторинг бібліотек, збір пропозицій якою бачить громада бібліотеку",
                centre,
                "Виявлення необхідних для громади послуг, виявлення прогалин в роботі біблотек",
                null,
                null),
            new ActionItem(
                "Фандрайзингова діяльність", centre, "Залучення додаткових коштів", null, null),
            new ActionItem(
                "Грантова діяльність бібліотек",
                centre,
                "Залучення додаткових коштів, матеріальних цінностей, інших можливостей",
                null,
                null)),
        List.of(
            new MonitoringInstrument("Анкетування", Periodicity.YEARLY, "Моніторингова група"),
            new MonitoringInstrument(
                "Тематичне експрес – опитування", Periodicity.QUARTERLY, "Моніторингова група"),
            new MonitoringInstrument("SWOT аналіз", Periodicity.YEARLY, "Адміністрація КЗ ЛМЦБС")),
        List.of(
            new Indicator(
                "Щорічний % зменшення скарг та незадоволеного попиту користувачів",
                "%", new BigDecimal("0"), new BigDecimal("10")),
            new Indicator(
                "% оновлення книжкового фонду", "%", new BigDecimal("2"), new BigDecimal("5"))),
        "");
  }
}
