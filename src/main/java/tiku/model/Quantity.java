package tiku.model;

/** A number with its unit ("50億" + "英鎊", "10" + "%"). */
public record Quantity(String value, String unit, String sentence, Citation citation) {}
