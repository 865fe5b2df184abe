package org.unigate.z3950;

import java.util.List;

/** HoldingsAndCircData of an OPAC record; the comments name the MARC source of each element. */
public record HoldingsAndCirc(
        String typeOfRecord, // LDR 06
        String encodingLevel, // LDR 17
        String format, // 007 00-01
        String receiptAcqStatus, // 008 06
        String generalRetention, // 008 12
        String completeness, // 008 16
        String dateOfReport, // 008 26-31
        String nucCode, // 852 $a
        String localLocation, // 852 $b
        String shelvingLocation, // 852 $c
        String callNumber, // 852 $h $i
        String shelvingData, // 852 $j-$m
        String copyNumber, // 852 $t
        String publicNote, // 852 $z
        String reproductionNote, // 843
        String termsUseRepro, // 845
        String enumAndChron, // 85x, 86x
        List<Volume> volumes,
        List<CircRecord> circulationData) implements OpacRecord.Holdings {

    public HoldingsAndCirc {
        volumes = Lists.copy(volumes);
        circulationData = Lists.copy(circulationData);
    }

    /** Shelf-level holdings: location and call number, the fields union catalogues show. */
    public static HoldingsAndCirc at(String nucCode, String localLocation, String callNumber, List<CircRecord> items) {
        return new HoldingsAndCirc(null, null, null, null, null, null, null, nucCode, localLocation, null,
                callNumber, null, null, null, null, null, null, List.of(), items);
    }

    public record Volume(String enumeration, String chronology, String enumAndChron) {
    }

    public record CircRecord(boolean availableNow, String availabilityDate, String availableThru,
                             String restrictions, String itemId, boolean renewable, boolean onHold,
                             String enumAndChron, String midspine, String temporaryLocation) {
    }
}
