package org.plandesk.audit;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word-level changes between two texts, as a person reading a redline expects them: the words
 * deleted, then the words inserted in their place, between the words both texts share. Texts are
 * cut into words (letters, marks and digits of any script), runs of whitespace and single
 * punctuation marks, and compared with java-diff-utils' Myers diff; a space between two changed
 * words belongs to the change, so "a b" replaced by "c d" reads as one deletion and one insertion.
 */
public final class Redline {

  private static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+|\\s+|[^\\p{L}\\p{M}\\p{N}\\s]");

  private Redline() {}

  /** What became of a piece of text. */
  public enum Mark {
    SAME,
    DELETED,
    INSERTED
  }

  /** A piece of text and what became of it. */
  public record Segment(Mark mark, String text) {

    public boolean deleted() {
      return mark == Mark.DELETED;
    }

    public boolean inserted() {
      return mark == Mark.INSERTED;
    }
  }

  /** The redline from one text to the other; an empty or null text is all inserted or deleted. */
  public static List<Segment> of(String before, String after) {
    List<String> a = tokens(before);
    List<String> b = tokens(after);
    List<Segment> raw = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
      a.subList(position, delta.getSource().getPosition()).forEach(t -> raw.add(same(t)));
      delta.getSource().getLines().forEach(t -> raw.add(new Segment(Mark.DELETED, t)));
      delta.getTarget().getLines().forEach(t -> raw.add(new Segment(Mark.INSERTED, t)));
      position = delta.getSource().getPosition() + delta.getSource().size();
    }
    a.subList(position, a.size()).forEach(t -> raw.add(same(t)));
    return joined(raw);
  }

  /** Whether anything changed. */
  public static boolean changed(List<Segment> redline) {
    return redline.stream().anyMatch(s -> s.mark() != Mark.SAME);
  }

  /**
   * Neighbouring pieces joined: each run of changes (with the whitespace between them) becomes one
   * deletion followed by one insertion.
   */
  private static List<Segment> joined(List<Segment> raw) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < raw.size()) {
      if (raw.get(i).mark() == Mark.SAME) {
        StringBuilder same = new StringBuilder();
        while (i < raw.size() && raw.get(i).mark() == Mark.SAME) {
          same.append(raw.get(i++).text());
        }
        append(out, same(same.toString()));
        continue;
      }
      StringBuilder deleted = new StringBuilder();
      StringBuilder inserted = new StringBuilder();
      int end = i;
      while (end < raw.size()) {
        Segment s = raw.get(end);
        if (s.mark() == Mark.SAME) {
          if (!s.text().isBlank() || !changeFollows(raw, end + 1)) {
            break;
          }
          deleted.append(s.text());
          inserted.append(s.text());
        } else {
          (s.deleted() ? deleted : inserted).append(s.text());
        }
        end++;
      }
      if (deleted.isEmpty()
          || inserted.isEmpty()
          || deleted.toString().isBlank()
          || inserted.toString().isBlank()) {
        // Only deletions or only insertions: the shared spaces stay shared.
        for (Segment s : raw.subList(i, end)) {
          append(out, s);
        }
      } else {
        replaced(out, deleted.toString(), inserted.toString());
      }
      i = end;
    }
    return out;
  }

  /** A deletion and its insertion; whitespace both begin or end with stays outside the marks. */
  private static void replaced(List<Segment> out, String deleted, String inserted) {
    int lead = 0;
    while (lead < deleted.length()
        && lead < inserted.length()
        && Character.isWhitespace(deleted.charAt(lead))
        && deleted.charAt(lead) == inserted.charAt(lead)) {
      lead++;
    }
    int trail = 0;
    while (trail < deleted.length() - lead
        && trail < inserted.length() - lead
        && Character.isWhitespace(deleted.charAt(deleted.length() - 1 - trail))
        && deleted.charAt(deleted.length() - 1 - trail)
            == inserted.charAt(inserted.length() - 1 - trail)) {
      trail++;
    }
    if (lead > 0) {
      append(out, same(deleted.substring(0, lead)));
    }
    out.add(new Segment(Mark.DELETED, deleted.substring(lead, deleted.length() - trail)));
    out.add(new Segment(Mark.INSERTED, inserted.substring(lead, inserted.length() - trail)));
    if (trail > 0) {
      out.add(same(deleted.substring(deleted.length() - trail)));
    }
  }

  private static void append(List<Segment> out, Segment s) {
    Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
    if (last != null && last.mark() == s.mark()) {
      out.set(out.size() - 1, new Segment(s.mark(), last.text() + s.text()));
    } else {
      out.add(s);
    }
  }

  private static boolean changeFollows(List<Segment> raw, int index) {
    return index < raw.size() && raw.get(index).mark() != Mark.SAME;
  }

  private static Segment same(String text) {
    return new Segment(Mark.SAME, text);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }
}
