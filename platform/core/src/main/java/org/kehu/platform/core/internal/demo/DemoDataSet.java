package org.kehu.platform.core.internal.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.kehu.platform.api.ActivityDirection;
import org.kehu.platform.api.ActivityDraft;
import org.kehu.platform.api.ActivityType;
import org.kehu.platform.api.Anniversary;
import org.kehu.platform.api.AnniversaryKind;
import org.kehu.platform.api.ContactDraft;
import org.kehu.platform.api.CustomerDraft;
import org.kehu.platform.api.FinancialSummary;
import org.kehu.platform.api.Gender;
import org.kehu.platform.api.HandoverRequest;
import org.kehu.platform.api.LifecycleStatus;
import org.kehu.platform.api.MaritalStatus;
import org.kehu.platform.api.Money;
import org.kehu.platform.api.OrganizationProfile;
import org.kehu.platform.api.PartyRole;
import org.kehu.platform.api.PartyType;
import org.kehu.platform.api.PersonProfile;
import org.kehu.platform.api.RelationshipType;
import org.kehu.platform.api.StatusChangeRequest;
import org.kehu.platform.api.WinBackOutcome;
import org.kehu.platform.api.WinBackRequest;
import org.kehu.platform.core.internal.rules.CreditCodes;

import static org.kehu.platform.core.internal.demo.DemoWords.*;

/**
 * A reproducible set of demo customers of a Chinese enterprise: group customers
 * of a telecom operator, real estate, fuel card fleets, cement buyers and
 * corporate bank clients, with contacts, activities, relationships and a
 * lifecycle history that the platform's rules accept.
 */
public final class DemoDataSet {

    static final List<String> INDUSTRIES = List.of("telecom", "real-estate", "fuel-card", "cement", "bank");

    /**
     * Lifecycle paths, from the initial status through each transition. None goes from CHURNED back to ACTIVE:
     * that needs a win-back decision, which the loader takes only after all transitions.
     */
    private static final String[] PATHS = words("ACTIVE ACTIVE ACTIVE NEW>ACTIVE PROSPECT>NEW>ACTIVE ACTIVE>DORMANT>ACTIVE "
            + "NEW PROSPECT>NEW PROSPECT ACTIVE>DORMANT NEW>DORMANT ACTIVE>DORMANT>ACTIVE>DORMANT ACTIVE>DORMANT>FROZEN "
            + "NEW>DORMANT>FROZEN ACTIVE>CHURNED ACTIVE>DORMANT>CHURNED ACTIVE>DORMANT>FROZEN>CHURNED NEW>CHURNED "
            + "PROSPECT>ELIMINATED ACTIVE>DORMANT>FROZEN>ELIMINATED ACTIVE>CHURNED>ELIMINATED");
    /** Percent of the customers ending in each status; the rest end ACTIVE. */
    private static final Map<LifecycleStatus, Integer> SHARES = Map.of(LifecycleStatus.PROSPECT, 5, LifecycleStatus.NEW, 6,
            LifecycleStatus.DORMANT, 8, LifecycleStatus.FROZEN, 4, LifecycleStatus.CHURNED, 5, LifecycleStatus.ELIMINATED, 2);

    public record DemoCustomer(CustomerDraft draft, List<ContactDraft> contacts, Set<PartyRole> roles,
            List<ActivityDraft> activities, List<DemoRelation> relations, List<StatusChangeRequest> transitions,
            WinBackRequest winBack, List<HandoverRequest> handovers) {
    }

    public record DemoRelation(RelationshipType type, int toIndex, LocalDate since, String note) {
    }

    /** What later customers need to know of an earlier one to relate to it. */
    private static final class Party {
        PartyType type;
        String industry, name, domain, surname, occupation, address;
        String[] brand, city;
        Gender gender;
        int birthYear;
        boolean married, spoused, institution, group, held, employed;
    }

    private final Random rnd;
    private final LocalDate today;
    private final Set<String> names = new HashSet<>();
    private final Set<String> codes = new HashSet<>();
    private final List<Party> parties = new ArrayList<>();

    private DemoDataSet(long seed, LocalDate today) {
        this.rnd = new Random(seed);
        this.today = today;
    }

    /** Deterministic for a given seed. */
    public static List<DemoCustomer> generate(long seed, int count, LocalDate today) {
        return new DemoDataSet(seed, today).run(count);
    }

    private List<DemoCustomer> run(int count) {
        List<LifecycleStatus> finals = new ArrayList<>(count);
        for (LifecycleStatus s : LifecycleStatus.values()) {
            long n = Math.min(count - finals.size(), Math.round(count * SHARES.getOrDefault(s, 0) / 100.0));
            finals.addAll(Collections.nCopies((int) n, s));
        }
        finals.addAll(Collections.nCopies(count - finals.size(), LifecycleStatus.ACTIVE));
        Collections.shuffle(finals, rnd);
        List<DemoCustomer> out = new ArrayList<>(count);
        int churned = 0;
        for (int i = 0; i < count; i++) {
            Party p = new Party();
            p.industry = i < INDUSTRIES.size() ? INDUSTRIES.get(i) : INDUSTRIES.get(rnd.nextInt(INDUSTRIES.size()));
            p.type = rnd.nextInt(100) < 20 ? PartyType.PERSON : PartyType.ORGANIZATION;
            // half of the customers are in Hubei, where the demo company is based
            p.city = CITIES[rnd.nextBoolean() ? rnd.nextInt(6) : rnd.nextInt(CITIES.length)];
            int roll = rnd.nextInt(100);
            String owner = roll < 45 ? "am1" : roll < 90 ? "am2" : "manager";
            String last = finals.get(i).name();
            String[] path = pick(Arrays.stream(PATHS).filter(s -> s.equals(last) || s.endsWith(">" + last))
                    .toArray(String[]::new)).split(">");
            LifecycleStatus initial = LifecycleStatus.valueOf(path[0]);
            List<DemoRelation> relations = new ArrayList<>();
            List<ContactDraft> contacts = List.of();
            Set<PartyRole> roles = EnumSet.of(PartyRole.BUYER);
            CustomerDraft draft;
            if (p.type == PartyType.ORGANIZATION) {
                organization(p, relations);
                draft = organizationDraft(p, owner, initial);
                contacts = contacts(p);
                addRoles(p, roles);
            } else {
                draft = person(p, owner, initial, relations);
            }
            partner(p, relations);
            parties.add(p);
            List<StatusChangeRequest> transitions = new ArrayList<>();
            for (int s = 1; s < path.length; s++) {
                LifecycleStatus from = LifecycleStatus.valueOf(path[s - 1]);
                LifecycleStatus to = LifecycleStatus.valueOf(path[s]);
                transitions.add(new StatusChangeRequest(to, reason(from, to),
                        to == LifecycleStatus.CHURNED ? pick(CHURN_REASONS) : null, null));
            }
            WinBackRequest winBack = null;
            if (finals.get(i) == LifecycleStatus.CHURNED) {
                long cost = 20_000L + 5_000L * rnd.nextInt(30);
                // alternating, so that about half of the churned customers are worth winning back
                winBack = churned++ % 2 == 0
                        ? new WinBackRequest(WinBackOutcome.WIN_BACK, yuan(cost), yuan(cost * (5 + rnd.nextInt(20))),
                                pick(WIN_BACK))
                        : new WinBackRequest(WinBackOutcome.NOT_TO_BE_RECOVERED, null, null, pick(GIVE_UP));
            }
            List<HandoverRequest> handovers = List.of();
            if (rnd.nextInt(100) < 10) {
                String newOwner = OWNERS[(Arrays.asList(OWNERS).indexOf(owner) + 1 + rnd.nextInt(2)) % OWNERS.length];
                handovers = List.of(new HandoverRequest(newOwner,
                        newOwner.equals("manager") ? "重点客户升级，由经理直接维护" : pick(HANDOVER_REASONS)));
            }
            out.add(new DemoCustomer(draft, List.copyOf(contacts), Collections.unmodifiableSet(roles), activities(p, owner),
                    List.copyOf(relations), List.copyOf(transitions), winBack, handovers));
        }
        return List.copyOf(out);
    }

    /** Names the organization and relates it to its subsidiaries and employees among the earlier parties. */
    private void organization(Party p, List<DemoRelation> relations) {
        List<Integer> subsidiaries = List.of();
        if (parties.size() >= 20 && rnd.nextInt(100) < 8) {
            subsidiaries = earlier(q -> q.type == PartyType.ORGANIZATION && q.industry.equals(p.industry)
                    && !q.institution && !q.group && !q.held);
            Collections.shuffle(subsidiaries, rnd);
            int n = subsidiaries.size() < 2 ? 0 : Math.min(subsidiaries.size(), 2 + rnd.nextInt(2));
            subsidiaries = subsidiaries.subList(0, n);
        }
        if (!subsidiaries.isEmpty()) {
            // a group carries the brand of its first subsidiary and is seated in the same city
            Party first = parties.get(subsidiaries.get(0));
            p.group = true;
            p.brand = first.brand;
            p.city = first.city;
            p.domain = p.brand[1] + "group.com";
            p.name = free(() -> pick(GROUPS).replace("{p}", province(p.city)).replace("{b}", p.brand[0]));
            for (int j : subsidiaries) {
                parties.get(j).held = true;
                String note = rnd.nextBoolean() ? "全资子公司" : "控股子公司，持股" + (51 + rnd.nextInt(40)) + "%";
                relations.add(new DemoRelation(RelationshipType.HOLDING, j, since(), note));
            }
        } else {
            p.institution = p.industry.equals("telecom") && rnd.nextInt(100) < 35;
            p.name = free(() -> {
                if (p.institution) {
                    p.brand = pick(INSTITUTIONS);
                    p.domain = p.city[2] + p.brand[1] + ".org.cn";
                    return cityName(p.city) + "市" + p.brand[0];
                }
                String[] template = pick(TEMPLATES.get(p.industry));
                p.brand = pick(BRANDS);
                p.domain = p.brand[1] + template[1] + pick(words(".com .com.cn .cn"));
                return template[0].replace("{c}", cityName(p.city)).replace("{b}", p.brand[0]);
            });
        }
        List<Integer> persons = rnd.nextInt(100) < 30
                ? earlier(q -> q.type == PartyType.PERSON && !q.employed && position(p, q.occupation) != null) : List.of();
        if (!persons.isEmpty()) {
            int j = pick(persons);
            parties.get(j).employed = true;
            relations.add(new DemoRelation(RelationshipType.EMPLOYMENT, j, since(), position(p, parties.get(j).occupation)));
        }
    }

    /** The position a person of this occupation would hold at the organization, or null when it would not employ them. */
    private static String position(Party org, String occupation) {
        boolean hospital = org.institution && org.brand[0].endsWith("院") && !org.brand[0].endsWith("学院");
        return switch (occupation) {
            case "企业高管" -> org.institution ? null : "在该公司担任高级管理人员";
            case "工程师" -> org.institution ? null : "在该公司任技术部工程师";
            case "货车司机", "出租车司机" -> org.industry.equals("fuel-card") ? "签约驾驶员" : null;
            case "医生" -> hospital ? "在该院任主治医师" : null;
            case "教师" -> org.institution && !hospital ? "在该校任教" : null;
            default -> null;
        };
    }

    private CustomerDraft organizationDraft(Party p, String owner, LifecycleStatus status) {
        long capital = (p.group ? 10L : 1L) * Long.parseLong(pick(words("50 100 200 300 500 1000 2000 5000"))) * 10_000L;
        LocalDate founded = LocalDate.of(1980 + rnd.nextInt(41), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        int employees = (int) Math.min(20_000, 10 + capital / 20_000 * (1 + rnd.nextInt(4)) / 4 + rnd.nextInt(200));
        long revenue = capital / 100 * (50 + rnd.nextInt(700));
        // a few organizations made a loss last year
        long profit = revenue / 1000 * (rnd.nextInt(100) < 8 ? -(10 + rnd.nextInt(80)) : 5 + rnd.nextInt(110));
        long assets = capital / 100 * (120 + rnd.nextInt(500));
        FinancialSummary financials = new FinancialSummary(today.getYear() - 1, cents(revenue), cents(profit), cents(assets));
        // 91: enterprise, 12: public institution; then the division code, the organization code and the check character
        String code;
        do {
            StringBuilder b = new StringBuilder(p.institution ? "12" : "91").append(p.city[3]);
            b.append(rnd.nextBoolean() ? "MA" : "");
            while (b.length() < 16) {
                b.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(rnd.nextInt(31)));
            }
            b.append(rnd.nextInt(10));
            code = b.toString() + CreditCodes.checkCharacter(b.toString());
        } while (!codes.add(code));
        String phone = rnd.nextInt(100) < 75 ? p.city[1] + "-" + (2 + rnd.nextInt(7)) + digits(7) : mobile();
        String email = rnd.nextInt(100) < 80 ? pick(words("info office service purchase finance")) + "@" + p.domain : null;
        String address = address(p.city) + pick(ZONES) + pick(ROADS) + (1 + rnd.nextInt(888)) + "号";
        return new CustomerDraft(PartyType.ORGANIZATION, p.name, p.industry, p.city[0], owner, status, phone, email, address,
                new OrganizationProfile(founded, yuan(capital), code, employees, financials), null, Map.of(), null);
    }

    private CustomerDraft person(Party p, String owner, LifecycleStatus status, List<DemoRelation> relations) {
        List<Party> persons = parties.stream().filter(q -> q.type == PartyType.PERSON).toList();
        Party relative = !persons.isEmpty() && rnd.nextInt(100) < 35 ? pick(persons) : null;
        // a married relative still without a spouse among the customers becomes the spouse, others share the surname
        boolean spouse = relative != null && relative.married && !relative.spoused && relative.gender != Gender.UNDISCLOSED;
        p.gender = spouse ? (relative.gender == Gender.MALE ? Gender.FEMALE : Gender.MALE)
                : rnd.nextInt(100) < 3 ? Gender.UNDISCLOSED : rnd.nextBoolean() ? Gender.MALE : Gender.FEMALE;
        p.birthYear = spouse ? Math.max(1950, Math.min(2000, relative.birthYear - 4 + rnd.nextInt(9))) : 1950 + rnd.nextInt(51);
        MaritalStatus marital = spouse ? MaritalStatus.MARRIED : p.birthYear > 1995 ? MaritalStatus.SINGLE
                : pick(new MaritalStatus[] {MaritalStatus.MARRIED, MaritalStatus.MARRIED, MaritalStatus.MARRIED,
                    MaritalStatus.SINGLE, MaritalStatus.DIVORCED, MaritalStatus.UNDISCLOSED});
        p.married = marital == MaritalStatus.MARRIED;
        String[] surname = relative != null && !spouse
                ? Arrays.stream(SURNAMES).filter(s -> s[0].equals(relative.surname)).findFirst().orElseThrow() : pick(SURNAMES);
        String[] given = pick(p.gender == Gender.FEMALE ? FEMALE : MALE);
        for (int tries = 0; names.contains(surname[0] + given[0]); tries++) {
            given = pick(p.gender == Gender.FEMALE ? FEMALE : MALE);
            surname = tries < 10 ? surname : pick(SURNAMES);
        }
        p.name = surname[0] + given[0];
        p.surname = surname[0];
        names.add(p.name);
        p.occupation = pick(OCCUPATIONS.get(p.industry));
        p.address = address(p.city) + pick(ROADS) + pick(ESTATES) + (1 + rnd.nextInt(30)) + "栋" + (1 + rnd.nextInt(4)) + "单元"
                + (1 + rnd.nextInt(32)) + "0" + (1 + rnd.nextInt(4)) + "室";
        if (relative != null) {
            relations.add(new DemoRelation(RelationshipType.FAMILY, parties.indexOf(relative), null, spouse ? "夫妻" : "亲属"));
        }
        if (spouse) {
            relative.spoused = p.spoused = true;
            p.city = relative.city;
            p.address = relative.address;
        }
        String mobile = mobile();
        String email = switch (rnd.nextInt(4)) {
            case 0 -> (100_000_000 + rnd.nextInt(900_000_000)) + "@qq.com";
            case 1 -> surname[1] + given[1] + (10 + rnd.nextInt(90)) + pick(words("@163.com @126.com @sina.com"));
            case 2 -> mobile + "@139.com";
            default -> null;
        };
        return new CustomerDraft(PartyType.PERSON, p.name, p.industry, p.city[0], owner, status, mobile, email, p.address, null,
                new PersonProfile(p.gender, LocalDate.ofYearDay(p.birthYear, 1 + rnd.nextInt(365)), marital, p.occupation),
                Map.of(), null);
    }

    private void partner(Party p, List<DemoRelation> relations) {
        // partners work in the same industry, and at least one of them is an organization
        List<Integer> candidates = rnd.nextInt(100) < 20 ? earlier(q -> q.industry.equals(p.industry)
                && (p.type == PartyType.ORGANIZATION || q.type == PartyType.ORGANIZATION)
                && relations.stream().noneMatch(r -> parties.get(r.toIndex()) == q)) : List.of();
        if (!candidates.isEmpty()) {
            int j = pick(candidates);
            boolean organizations = p.type == PartyType.ORGANIZATION && parties.get(j).type == PartyType.ORGANIZATION;
            String note = organizations ? pick(PARTNER_NOTES) : "个人推荐客户";
            relations.add(new DemoRelation(RelationshipType.PARTNER, j, since(), note));
        }
    }

    private List<ContactDraft> contacts(Party p) {
        List<String> titles = new ArrayList<>(List.of(TITLES));
        titles.add(SPECIAL_TITLES.get(p.industry));
        Collections.shuffle(titles, rnd);
        List<ContactDraft> contacts = new ArrayList<>();
        for (int c = 0, n = 1 + rnd.nextInt(3); c < n; c++) {
            String[] surname = pick(SURNAMES);
            String[] given = pick(rnd.nextInt(100) < 40 ? FEMALE : MALE);
            int born = 1962 + rnd.nextInt(35);
            List<Anniversary> anniversaries = new ArrayList<>();
            if (rnd.nextInt(100) < 85) {
                // some birthdays come within the next month, so that the anniversary reminders have something to show
                LocalDate day = rnd.nextInt(100) < 5 ? today.plusDays(1 + rnd.nextInt(30)).withYear(born)
                        : LocalDate.ofYearDay(born, 1 + rnd.nextInt(365));
                anniversaries.add(new Anniversary(AnniversaryKind.BIRTHDAY, day, "生日"));
            }
            if (rnd.nextInt(100) < 20) {
                LocalDate day = LocalDate.ofYearDay(Math.min(today.getYear() - 1, born + 23 + rnd.nextInt(10)), 1 + rnd.nextInt(365));
                anniversaries.add(new Anniversary(AnniversaryKind.WEDDING, day, "结婚纪念日"));
            }
            String email = rnd.nextInt(100) < 85
                    ? surname[1] + (rnd.nextBoolean() ? "." : "") + given[1] + "@" + p.domain : null;
            contacts.add(new ContactDraft(surname[0] + given[0], titles.get(c), mobile(), email, c == 0,
                    List.copyOf(anniversaries), null));
        }
        return contacts;
    }

    private void addRoles(Party p, Set<PartyRole> roles) {
        PartyRole[] optional = {PartyRole.PAYER, PartyRole.SHIP_TO, PartyRole.DEALER, PartyRole.DEBTOR, PartyRole.SUPPLIER};
        // groups buy centrally and take no deliveries; only cement and fuel card customers resell as dealers
        int[] percent = {88, p.group ? 0 : 30, p.industry.equals("cement") || p.industry.equals("fuel-card") ? 25 : 0, 12, 8};
        for (int r = 0; r < optional.length; r++) {
            if (rnd.nextInt(100) < percent[r]) {
                roles.add(optional[r]);
            }
        }
    }

    private List<ActivityDraft> activities(Party p, String staff) {
        List<ActivityDraft> list = new ArrayList<>();
        for (int n = 2 + rnd.nextInt(5); n > 0; n--) {
            int roll = rnd.nextInt(100);
            ActivityType type = roll < 35 ? ActivityType.VISIT : roll < 65 ? ActivityType.CALL
                    : roll < 80 ? ActivityType.SERVICE : roll < 90 ? ActivityType.COMPLAINT : ActivityType.SUGGESTION;
            ActivityDirection direction = switch (type) {
                case VISIT -> rnd.nextInt(100) < 20 ? ActivityDirection.INBOUND : ActivityDirection.OUTBOUND;
                case CALL -> rnd.nextBoolean() ? ActivityDirection.INBOUND : ActivityDirection.OUTBOUND;
                case SERVICE -> ActivityDirection.OUTBOUND;
                default -> ActivityDirection.INBOUND;
            };
            String product = pick(PRODUCTS.get(p.industry));
            String[][] texts = ACTIVITY_TEXTS.get(type);
            String subject = direction == ActivityDirection.INBOUND && type == ActivityType.VISIT
                    ? "客户来访，考察{p}服务能力" : pick(texts[0]);
            LocalDateTime at = today.minusDays(1 + rnd.nextInt(365)).atTime(8 + rnd.nextInt(10), 15 * rnd.nextInt(4));
            list.add(new ActivityDraft(type, direction, at, staff, null, subject.replace("{p}", product),
                    pick(texts[1]).replace("{p}", product), pick(texts[2])));
        }
        list.sort(Comparator.comparing(ActivityDraft::occurredAt));
        return List.copyOf(list);
    }

    private static String reason(LifecycleStatus from, LifecycleStatus to) {
        return switch (to) {
            case NEW -> "完成首单签约";
            case ACTIVE -> from == LifecycleStatus.NEW ? "连续三个月稳定下单" : "客户恢复采购，重新激活";
            case DORMANT -> "连续六个月无交易";
            case FROZEN -> "应收账款逾期超过90天，暂停合作";
            case CHURNED -> "客户确认终止合作";
            case ELIMINATED -> from == LifecycleStatus.PROSPECT ? "线索核实无效，予以淘汰" : "经评估已无合作价值，予以淘汰";
            default -> null;
        };
    }

    /** Draws names until one is not taken yet, and takes it. */
    private String free(Supplier<String> candidates) {
        for (int tries = 0; ; tries++) {
            String name = candidates.get() + (tries < 50 ? "" : "(" + (tries - 49) + ")");
            if (names.add(name)) {
                return name;
            }
        }
    }

    /** The indexes of the parties created so far that pass the test. */
    private List<Integer> earlier(Predicate<Party> test) {
        List<Integer> found = new ArrayList<>();
        for (int j = 0; j < parties.size(); j++) {
            if (test.test(parties.get(j))) {
                found.add(j);
            }
        }
        return found;
    }

    private LocalDate since() {
        return today.minusDays(30 + rnd.nextInt(5 * 365));
    }

    private String mobile() {
        return pick(MOBILE_PREFIXES) + digits(8);
    }

    private String digits(int n) {
        return String.format("%0" + n + "d", rnd.nextInt((int) Math.pow(10, n)));
    }

    private static String address(String[] city) {
        return (city[0].contains("·") ? province(city) + "省" : "") + cityName(city) + "市";
    }

    private static String cityName(String[] city) {
        return city[0].substring(city[0].indexOf('·') + 1);
    }

    private static String province(String[] city) {
        return city[0].substring(0, Math.max(0, city[0].indexOf('·')));
    }

    private static Money yuan(long amount) {
        return new Money(BigDecimal.valueOf(amount).setScale(2), Money.DEFAULT_CURRENCY);
    }

    /** A round amount made less round, as amounts in real statements are. */
    private Money cents(long amount) {
        return new Money(BigDecimal.valueOf(amount * 100 + Long.signum(amount) * rnd.nextInt(1_000_000), 2), Money.DEFAULT_CURRENCY);
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(rnd.nextInt(values.size()));
    }

}
