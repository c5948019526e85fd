package org.openpractice.billing;

import java.util.List;

/**
 * The provider boxes of a CMS-1500 (02/12) exactly as they print. Lines are the printed lines of a box; absent
 * boxes are null.
 */
public record Cms1500Boxes(
        /** 17, left of the name: DN, DK or DQ. */
        String box17Qualifier,
        /** 17: referring provider name followed by credentials, without periods or commas ("Jordan Lee MD"). */
        String box17Name,
        /** 17a: other ID qualifier (shaded left part). */
        String box17aQualifier,
        /** 17a: other ID. */
        String box17aId,
        /** 17b: referring NPI. */
        String box17bNpi,
        /** 24I shaded: the rendering provider's other ID qualifier. */
        String box24iQualifier,
        /** 24J shaded: the rendering provider's other ID. */
        String box24jOtherId,
        /** 24J: rendering NPI. */
        String box24jNpi,
        /** 25: tax ID, digits only. */
        String box25TaxId,
        /** 25: true when the SSN box is checked, false for EIN. */
        boolean box25Ssn,
        /** 31: signature of physician or supplier: name with credentials. */
        String box31,
        /** 32: service facility name, street line and "City ST ZIP" line; no punctuation, ZIP+4 with its hyphen. */
        List<String> box32,
        /** 32a: service facility NPI. */
        String box32a,
        /** 32b: qualifier immediately followed by the other ID, e.g. "LU12345". */
        String box32b,
        /** 33: billing provider name and address, printed as box 32's. */
        List<String> box33,
        /** 33: billing provider phone, digits only ("2175550100"), printed in the box's phone field. */
        String box33Phone,
        /** 33a: billing provider NPI. */
        String box33a,
        /** 33b: qualifier immediately followed by the other ID. */
        String box33b) {
}
