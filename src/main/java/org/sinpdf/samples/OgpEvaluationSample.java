package org.sinpdf.samples;

import java.util.List;

/**
 * The evaluation table of Mexico's Open Government Partnership self-assessment report of
 * 14 December 2012 ("Open Government Partnership Self-Assessment Report MEXICO", section IV,
 * Conclusions and responses; /work/shared/seed/000_2acc9dea6f308662.txt lines 241–279), transcribed as
 * published: 38 rows (action-plan items 16 and 23 have a/b rows, commitments 45a/45b and 54a/54b), ten
 * columns. TC/PC/NC = totally, partially, not complied.
 */
final class OgpEvaluationSample {
    private OgpEvaluationSample() {}

    static final String TITLE = "Open Government Partnership Self-Assessment Report — MEXICO";

    static final List<String> HEADER = List.of("Action Plan number", "Commitment number", "Key words",
            "OGP challenge", "A) Availability and government attitude", "B) Specific work program",
            "C) Response time", "D) Advances on work plans", "E) Quality enforcement response",
            "Global evaluation");

    private static final String DATA = """
            1|41|Public servants|1|TC|TC|TC|TC|TC|TC
            2|43 y 44|Hackaton and open data|5|TC|TC|TC|TC|PC|TC
            3|57|Social programs catalogue|1|TC|TC|TC|PC|TC|TC
            4|4|Company information|4|TC|TC|TC|TC|TC|TC
            5|17|Transnational bribery|4|PC|PC|PC|PC|PC|PC
            6|27|PET|4|PC|NC|PC|NC|PC|PC
            7|30|EITI adhesion|4|TC|TC|PC|PC|TC|PC
            8|9|Patterns of beneficiaries|3|TC|TC|TC|TC|TC|TC
            9|13|Databases|3|TC|TC|TC|TC|TC|TC
            10|15|Journalists and advocates|3|TC|PC|PC|PC|TC|TC
            11|19|Medicines purchase|3|TC|TC|PC|PC|TC|PC
            12|23|Human rights|3|TC|TC|TC|PC|PC|PC
            13|31|Mining companies projects|3|TC|TC|TC|TC|TC|TC
            14|32|Grants and donations|3|PC|PC|PC|PC|PC|PC
            15|36|Public schools|3|TC|PC|PC|PC|TC|TC
            16|45a|Tendering and federal contractual framework contracts|3|PC|NC|NC|NC|NC|NC
            16|45b|Tendering and specific contractual framework Pemex contracts|3|PC|PC|NC|PC|PC|PC
            17|46|COMPRANET|3|TC|TC|TC|TC|TC|TC
            18|48|Official publicity|3|NC|NC|NC|NC|NC|NC
            19|49|Civil servants wages|3|TC|PC|PC|TC|PC|PC
            20|50|Budgetary transparency portal|3|TC|PC|PC|PC|PC|PC
            21|51|Tax credits|3|TC|TC|TC|TC|TC|TC
            22|53|Budgetary programs|3|TC|PC|TC|PC|PC|PC
            23|54a|Performance indicators|3|TC|PC|TC|PC|PC|PC
            23|54b|Performance indicators|3|TC|TC|TC|TC|TC|TC
            24|1.1|Resolutions and Opinions|2|TC|TC|TC|TC|TC|TC
            25|1.2|Resolutions and Opinions|2|TC|TC|TC|TC|TC|TC
            26|1.4|Resolutions and Opinions|2|TC|TC|TC|TC|TC|TC
            27|7|Training materials|2|TC|TC|TC|TC|TC|TC
            28|8|DAI diffusion to communities|2|TC|TC|TC|TC|TC|TC
            29|14|Preliminary inquiries|5|TC|PC|PC|PC|TC|TC
            30|16|Complaints before MP|2|TC|TC|TC|PC|TC|PC
            31|28|Environmental impact studies|5|PC|PC|PC|NC|NC|PC
            32|29|Funding climate change|2|PC|PC|PC|PC|PC|PC
            33|40|Noncompliance LFTAIPG sanctions|2|PC|PC|PC|PC|PC|PC
            34|42|No PDF|2|TC|TC|TC|TC|TC|TC
            35|47|Plans and sectorial programs|2|PC|TC|PC|PC|PC|TC
            36|62|Union information|2|PC|PC|PC|PC|TC|TC
            """;

    static List<List<String>> rows() {
        return DATA.lines().map(l -> List.of(l.split("\\|", -1))).toList();
    }

    static final List<String> BEFORE = List.of(
            "5. Playing a more active and purposeful role on the OGP's Steering Committee, especially from "
                    + "September 2013, when Mexico will assume the joint chairmanship of this multilateral initiative.",
            "To accomplish this, it is necessary to ensure good coordination among the institutions representing "
                    + "our country within OGP (IFAI, the civil society and the representative agency of the Federal "
                    + "government).",
            "The following table summarises the evaluation of each commitment of the Extended Action Plan made by "
                    + "the Tripartite Technical Secretariat. Columns A) to E) rate each criterion as TC (totally "
                    + "complied), PC (partially complied) or NC (not complied); the OGP challenge column gives the "
                    + "number of the grand challenge the commitment addresses.");

    static final List<String> AFTER = List.of(
            "The Mexican Action Plan, also referred to as Original Action Plan was developed during the months of "
                    + "July and August 2011. Its definition began with a query that IFAI and the Ministry of Foreign "
                    + "Affairs (SRE) launched to the entire public administration and other public institutions in "
                    + "order to identify those programs and policies that were in draft or development, and that "
                    + "would conclude within a year contributing to the generation of advances in transparency, "
                    + "accountability, E-Government and citizen participation.");
}
