package org.bettercaretogether.application.sampledata;

import org.bettercaretogether.domain.feedback.PhoneNumber;
import org.bettercaretogether.domain.shared.EmailAddress;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up people: names common in the north west, email addresses on the domains kept for examples (so no message
 * can reach anyone), and telephone numbers from the ranges the regulator keeps for drama (01632 960xxx and
 * 07700 900xxx), which no real line has.
 */
final class SamplePeople {

    private static final List<String> FIRST_NAMES = List.of(
            "Aisha", "Alan", "Alice", "Amir", "Anne", "Barbara", "Ben", "Bethany", "Brian", "Carol", "Chloe", "Colin",
            "Daniel", "David", "Deborah", "Eileen", "Ellie", "Emma", "Fatima", "Frank", "Gareth", "Gillian", "Graham",
            "Hannah", "Harry", "Helen", "Ian", "Imran", "Jack", "Janet", "Jean", "John", "Karen", "Kevin", "Laura",
            "Lily", "Malcolm", "Margaret", "Mark", "Mary", "Megan", "Michael", "Nadia", "Neil", "Olivia", "Pat",
            "Paul", "Priya", "Rachel", "Richard", "Rose", "Ruth", "Sam", "Sandra", "Sarah", "Sean", "Sophie",
            "Stephen", "Susan", "Tom", "Wendy", "Yusuf", "Zoe");

    private static final List<String> SURNAMES = List.of(
            "Airey", "Armistead", "Atkinson", "Bainbridge", "Barrow", "Birkett", "Bowness", "Brockbank", "Clarke",
            "Dixon", "Dobson", "Fell", "Garnett", "Gibson", "Hartley", "Hodgson", "Holme", "Hughes", "Jackson",
            "Kaur", "Khan", "Lamb", "Lancaster", "Lowther", "Marsden", "Mason", "Nelson", "Nicholson", "Park",
            "Patel", "Pennington", "Postlethwaite", "Procter", "Rigg", "Robinson", "Sharples", "Shaw", "Singh",
            "Slater", "Stainton", "Taylor", "Thompson", "Tyson", "Walker", "Whitehead", "Wilson", "Woodhouse", "Wright");

    private static final List<String> EXAMPLE_DOMAINS = List.of("example.org", "example.com", "example.net");

    private SamplePeople() {
    }

    static String firstName(SplittableRandom random) {
        return SampleWords.pick(random, FIRST_NAMES);
    }

    static String surname(SplittableRandom random) {
        return SampleWords.pick(random, SURNAMES);
    }

    /** An address on an example domain, made from the person's name as people often make them. */
    static EmailAddress email(SplittableRandom random, String first, String last) {
        String local = switch (random.nextInt(4)) {
            case 0 -> first + "." + last;
            case 1 -> first.charAt(0) + last;
            case 2 -> first + last + (random.nextInt(90) + 10);
            default -> first + "_" + last.charAt(0) + (random.nextInt(900) + 100);
        };
        return new EmailAddress(local.toLowerCase(Locale.ROOT) + "@" + SampleWords.pick(random, EXAMPLE_DOMAINS));
    }

    /** A number from the drama ranges, written as people write them. */
    static PhoneNumber phone(SplittableRandom random) {
        int number = random.nextInt(1000);
        String line = (number < 100 ? "0" : "") + (number < 10 ? "0" : "") + number;
        return new PhoneNumber(switch (random.nextInt(4)) {
            case 0 -> "01632 960" + line;
            case 1 -> "07700 900" + line;
            case 2 -> "+44 7700 900" + line;
            default -> "(01632) 960" + line;
        });
    }
}
