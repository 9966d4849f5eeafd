package io.dossier.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.dossier.testing.Docs;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateReaderTest {
  private final DateReader reader = new DateReader();

  private List<String> dates(String text, LocalDate published) {
    return reader.read(Docs.plain("d", text, published)).stream().map(e -> e.date().toString()).toList();
  }

  @Test
  void absoluteDatesInEveryCommonForm() {
    assertThat(dates("It began on April 25, 2009. Talks ended 3 May 2010. Signed 2011-02-11.", null))
        .containsExactly("2009-04-25", "2010-05-03", "2011-02-11");
    assertThat(dates("Yeltsin wrote in September 1993. The act was signed in 1997.", null))
        .containsExactly("1993-09", "1997");
  }

  @Test
  void narrativeRelativeDatesFollowTheStory() {
    assertThat(dates("He spoke at the conference in 2007. The following April, he was categorical. "
        + "Four months later, the army invaded.", LocalDate.of(2022, 2, 20)))
        .containsExactly("2007", "2008-04", "2008-08");
    assertThat(dates("The deal was signed on March 3, 2010. The next day, markets rose. Two weeks later it collapsed.",
        null)).containsExactly("2010-03-03", "2010-03-04", "2010-03-18");
  }

  @Test
  void publicationRelativeDatesUseThePublicationDate() {
    LocalDate pub = LocalDate.of(2023, 7, 14); // a Friday
    assertThat(dates("Stoltenberg stressed on Wednesday that it would happen.", pub)).containsExactly("2023-07-12");
    assertThat(dates("She addressed the issue last month.", pub)).containsExactly("2023-06");
    assertThat(dates("The vote was held yesterday.", pub)).containsExactly("2023-07-13");
    assertThat(dates("Leaders will meet on Monday.", pub)).containsExactly("2023-07-17");
    assertThat(dates("It happened three days ago, and this year has been hard.", pub))
        .containsExactly("2023-07-11", "2023");
  }

  @Test
  void aDayOfTheMonthIsTheStorysOwnAfterABackgroundYear() {
    LocalDate pub = LocalDate.of(2010, 6, 10);
    assertThat(dates("The field was found in 1997. The rig exploded on 20 April and sank.", pub))
        .containsExactly("1997", "2010-04-20");
    // its own sentence's year still dates it, and so does an earlier full date
    assertThat(dates("In 1997, on 20 April, the field was found.", pub)).containsExactly("1997", "1997-04-20");
    assertThat(dates("The lease was signed on March 3, 2008. On 20 April the rig arrived.", pub))
        .containsExactly("2008-03-03", "2008-04-20");
    // without a publication date the bare year is all there is
    assertThat(dates("The field was found in 1997. The rig exploded on 20 April.", null))
        .containsExactly("1997", "1997-04-20");
  }

  @Test
  void aMonthWithoutYearTakesTheAnchorsYearLookingBack() {
    LocalDate pub = LocalDate.of(2019, 2, 10);
    assertThat(dates("In November the company was sold.", pub)).containsExactly("2018-11");
    assertThat(dates("The aid arrived in January.", pub)).containsExactly("2019-01");
  }

  @Test
  void ptbTokenisedTextIsRead() {
    assertThat(dates("The spill began on April 20 , 2010 . `` It 's bad , '' he said .", null))
        .containsExactly("2010-04-20");
  }

  @Test
  void numbersThatAreNotDatesAreIgnored() {
    assertThat(dates("About 2,000 people and $2009 in 1,999 ways; 14,000 lives.", null)).isEmpty();
    assertThat(dates("Theresa May said so.", null)).isEmpty();
  }

  @Test
  void withoutAPublicationDateRelativeDatesAreSkipped() {
    assertThat(dates("It happened on Wednesday and last month.", null)).isEmpty();
  }
}
