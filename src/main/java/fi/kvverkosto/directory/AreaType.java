package fi.kvverkosto.directory;

/** Kinds of service area, from the largest to the smallest; each lies inside the one before it. */
public enum AreaType {
    UNION,
    COUNTRY,
    REGION,
    SUB_REGION,
    MUNICIPALITY
}
