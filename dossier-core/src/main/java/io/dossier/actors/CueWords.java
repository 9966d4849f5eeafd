package io.dossier.actors;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verbs of saying that tie a quotation to its speaker in news prose ("said", "told",
 * "warned", "according to"), in their finite and "-ing" forms. Immutable.
 */
public final class CueWords {
  private static final String[] STEMS = {
      "say:said:says:saying", "tell:told:tells:telling", "add:added:adds:adding",
      "warn:warned:warns:warning", "claim:claimed:claims:claiming", "write:wrote:writes:writing",
      "stress:stressed:stresses:stressing", "state:stated:states:stating",
      "note:noted:notes:noting", "explain:explained:explains:explaining",
      "insist:insisted:insists:insisting", "argue:argued:argues:arguing",
      "ask:asked:asks:asking", "reply:replied:replies:replying",
      "respond:responded:responds:responding", "continue:continued:continues:continuing",
      "recall:recalled:recalls:recalling", "declare:declared:declares:declaring",
      "announce:announced:announces:announcing", "acknowledge:acknowledged:acknowledges:acknowledging",
      "admit:admitted:admits:admitting", "concede:conceded:concedes:conceding",
      "suggest:suggested:suggests:suggesting", "tweet:tweeted:tweets:tweeting",
      "post:posted:posts:posting", "promise:promised:promises:promising",
      "vow:vowed:vows:vowing", "predict:predicted:predicts:predicting",
      "observe:observed:observes:observing", "remark:remarked:remarks:remarking",
      "emphasize:emphasized:emphasizes:emphasizing", "emphasise:emphasised:emphasises:emphasising",
      "joke:joked:jokes:joking", "caution:cautioned:cautions:cautioning",
      "urge:urged:urges:urging", "complain:complained:complains:complaining",
      "counter:countered:counters:countering", "agree:agreed:agrees:agreeing",
      "describe:described:describes:describing", "call:called:calls:calling",
      "testify:testified:testifies:testifying", "reiterate:reiterated:reiterates:reiterating",
      "maintain:maintained:maintains:maintaining", "conclude:concluded:concludes:concluding",
      "report:reported:reports:reporting", "confirm:confirmed:confirms:confirming",
      "deny:denied:denies:denying", "allege:alleged:alleges:alleging",
      "assert:asserted:asserts:asserting", "exclaim:exclaimed:exclaims:exclaiming",
      "shout:shouted:shouts:shouting", "whisper:whispered:whispers:whispering",
      "mutter:muttered:mutters:muttering", "quip:quipped:quips:quipping",
      "boast:boasted:boasts:boasting", "threaten:threatened:threatens:threatening",
      "demand:demanded:demands:demanding", "point:pointed:points:pointing",
      "reveal:revealed:reveals:revealing", "recount:recounted:recounts:recounting",
      "acknowledge:acknowledged:acknowledges:acknowledging", "lament:lamented:laments:lamenting",
      "pledge:pledged:pledges:pledging", "proclaim:proclaimed:proclaims:proclaiming",
      "mention:mentioned:mentions:mentioning", "brag:bragged:brags:bragging",
      "retort:retorted:retorts:retorting", "charge:charged:charges:charging",
      "quote:quoted:quotes:quoting", "read:read:reads:reading", "speak:spoke:speaks:speaking",
      "tell:told:tells:telling", "insist:insisted:insists:insisting",
      "hint:hinted:hints:hinting", "concur:concurred:concurs:concurring",
      "elaborate:elaborated:elaborates:elaborating", "comment:commented:comments:commenting",
      "recommend:recommended:recommends:recommending", "advise:advised:advises:advising",
      "wonder:wondered:wonders:wondering", "think:thought:thinks:thinking",
      "believe:believed:believes:believing", "put:put:puts:putting",
      "joke:joked:jokes:joking", "sigh:sighed:sighs:sighing", "laugh:laughed:laughs:laughing",
      "recalls:recalled:recalls:recalling", "muse:mused:muses:musing", "wrote:wrote:writes:writing",
      "interject:interjected:interjects:interjecting", "plead:pleaded:pleads:pleading",
      "accuse:accused:accuses:accusing", "criticize:criticized:criticizes:criticizing",
      "criticise:criticised:criticises:criticising", "dismiss:dismissed:dismisses:dismissing",
      "welcome:welcomed:welcomes:welcoming", "dub:dubbed:dubs:dubbing",
      "chant:chanted:chants:chanting", "recount:recounted:recounts:recounting",
      "beg:begged:begs:begging", "implore:implored:implores:imploring",
      "scream:screamed:screams:screaming", "yell:yelled:yells:yelling"};

  private static final Set<String> FINITE = new HashSet<>();
  private static final java.util.Map<String, String> STEM_OF = new java.util.HashMap<>();
  private static final Set<String> GERUND = new HashSet<>();
  /** Strong cues: they introduce speech even when far from the quote. */
  private static final Set<String> STRONG = Lex.set("say", "tell", "add", "write", "tweet",
      "state", "declare", "announce", "warn", "stress", "claim", "insist", "explain", "reply",
      "respond", "continue", "recall", "note", "argue", "ask", "emphasize", "emphasise", "quip",
      "exclaim", "testify", "reiterate", "post", "speak", "comment", "interject", "retort");

  static {
    for (String s : STEMS) {
      String[] f = s.split(":");
      FINITE.add(f[0]);
      FINITE.add(f[1]);
      FINITE.add(f[2]);
      GERUND.add(f[3]);
      for (String form : f) {
        STEM_OF.putIfAbsent(form, f[0]);
      }
    }
  }

  private CueWords() {
  }

  /** True for a verb of saying in any form ("said", "says", "saying", "told"). */
  public static boolean isCue(String lowerWord) {
    return FINITE.contains(lowerWord) || GERUND.contains(lowerWord);
  }

  /** True for the "-ing" form, whose subject is the clause's subject ("..., saying:"). */
  public static boolean isGerund(String lowerWord) {
    return GERUND.contains(lowerWord);
  }

  /** True for the common verbs of speech that need no other evidence. */
  public static boolean isStrong(String lowerWord) {
    String stem = STEM_OF.get(lowerWord);
    return stem != null && STRONG.contains(stem);
  }

  /** The base form of a cue ("said" -> "say"), or null. */
  public static String stem(String lowerWord) {
    return STEM_OF.get(lowerWord);
  }

  /** The form a brief shows as the cue ("said"). */
  public static String normalize(String word) {
    return word.toLowerCase(Locale.ROOT);
  }
}
