#include "reporting/Deidentifier.h"

#include "reporting/DcmtkLog.h"
#include "reporting/DicomSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <algorithm>
#include <array>
#include <map>
#include <utility>

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcitem.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>

namespace yunyue {
namespace {

// What the profile does with one attribute (PS3.15 E.3.1):
//   basic:  the Basic Profile column: D (dummy), Z (zero length or dummy),
//           X (remove), K (keep), U (new UID), or a choice such as X/Z/D
//           where the right one depends on the IOD; U* keeps a sequence
//           whose UIDs are replaced.
//   option: what our two options say instead: 'T' the Retain Longitudinal
//           Temporal Information with Modified Dates Option column is C
//           (keep, dates shifted); 'C' the Clean Descriptors Option column
//           is C (keep, text cleaned); 0 neither applies.
struct ProfileRule {
  quint16 group;
  quint16 element;
  const char* basic;
  char option;
  const char* name;
};

// PS3.15 2023 Table E.1-1 "Application Level Confidentiality Profile
// Attributes", columns Basic Profile, Rtn. Long. Modif. Dates Opt. and Clean
// Desc. Opt. Private attributes (odd groups, X), Curve Data (50xx,xxxx, X)
// and the overlays (60xx,3000 Overlay Data, 60xx,4000 Overlay Comments, X)
// are repeating or ranges and handled in code, not here. Command elements
// (group 0000) never occur in a stored data set and are left out.
constexpr ProfileRule kTableE11[] = {
    {0x0008, 0x0050, "Z", 0, "Accession Number"},
    {0x0018, 0x4000, "X", 'C', "Acquisition Comments"},
    {0x0040, 0x0555, "X/Z", 0, "Acquisition Context Sequence"},
    {0x0008, 0x0022, "X/Z", 'T', "Acquisition Date"},
    {0x0008, 0x002A, "X/Z/D", 'T', "Acquisition DateTime"},
    {0x0018, 0x1400, "X/D", 'C', "Acquisition Device Processing Description"},
    {0x0018, 0x11BB, "D", 'C', "Acquisition Field Of View Label"},
    {0x0018, 0x9424, "X", 'C', "Acquisition Protocol Description"},
    {0x0008, 0x0032, "X/Z", 'T', "Acquisition Time"},
    {0x0040, 0x4035, "X", 0, "Actual Human Performers Sequence"},
    {0x0010, 0x21B0, "X", 'C', "Additional Patient History"},
    {0x0040, 0xA353, "X", 0, "Address (Trial)"},
    {0x0038, 0x0010, "X", 0, "Admission ID"},
    {0x0038, 0x0020, "X", 'T', "Admitting Date"},
    {0x0008, 0x1084, "X", 'C', "Admitting Diagnoses Code Sequence"},
    {0x0008, 0x1080, "X", 'C', "Admitting Diagnoses Description"},
    {0x0038, 0x0021, "X", 'T', "Admitting Time"},
    {0x0010, 0x2110, "X", 'C', "Allergies"},
    {0x4000, 0x0010, "X", 0, "Arbitrary"},
    {0x0040, 0xA078, "X", 0, "Author Observer Sequence"},
    {0x2200, 0x0005, "X/Z", 0, "Barcode Value"},
    {0x300A, 0x00C3, "X", 'C', "Beam Description"},
    {0x300A, 0x00DD, "X", 'C', "Bolus Description"},
    {0x0010, 0x1081, "X", 0, "Branch of Service"},
    {0x0016, 0x004D, "X", 0, "Camera Owner Name"},
    {0x0018, 0x1007, "X", 0, "Cassette ID"},
    {0x0012, 0x0060, "Z", 0, "Clinical Trial Coordinating Center Name"},
    {0x0012, 0x0082, "X", 0, "Clinical Trial Protocol Ethics Committee Approval Number"},
    {0x0012, 0x0081, "D", 0, "Clinical Trial Protocol Ethics Committee Name"},
    {0x0012, 0x0020, "D", 0, "Clinical Trial Protocol ID"},
    {0x0012, 0x0021, "Z", 0, "Clinical Trial Protocol Name"},
    {0x0012, 0x0072, "X", 'C', "Clinical Trial Series Description"},
    {0x0012, 0x0071, "X", 0, "Clinical Trial Series ID"},
    {0x0012, 0x0030, "Z", 0, "Clinical Trial Site ID"},
    {0x0012, 0x0031, "Z", 0, "Clinical Trial Site Name"},
    {0x0012, 0x0010, "D", 0, "Clinical Trial Sponsor Name"},
    {0x0012, 0x0040, "D", 0, "Clinical Trial Subject ID"},
    {0x0012, 0x0042, "D", 0, "Clinical Trial Subject Reading ID"},
    {0x0012, 0x0051, "X", 'C', "Clinical Trial Time Point Description"},
    {0x0012, 0x0050, "Z", 0, "Clinical Trial Time Point ID"},
    {0x0040, 0x0310, "X", 'C', "Comments on Radiation Dose"},
    {0x0040, 0x0280, "X", 'C', "Comments on the Performed Procedure Step"},
    {0x300A, 0x02EB, "X", 'C', "Compensator Description"},
    {0x0020, 0x9161, "U", 0, "Concatenation UID"},
    {0x3010, 0x000F, "Z", 'C', "Conceptual Volume Combination Description"},
    {0x3010, 0x0017, "Z", 'C', "Conceptual Volume Description"},
    {0x3010, 0x0006, "U", 0, "Conceptual Volume UID"},
    {0x0040, 0x3001, "X", 0, "Confidentiality Constraint on Patient Data Description"},
    {0x3010, 0x0013, "U", 0, "Constituent Conceptual Volume UID"},
    {0x0008, 0x009C, "Z", 0, "Consulting Physician's Name"},
    {0x0008, 0x009D, "X", 0, "Consulting Physician Identification Sequence"},
    {0x0050, 0x001B, "X", 0, "Container Component ID"},
    {0x0040, 0x051A, "X", 'C', "Container Description"},
    {0x0040, 0x0512, "D", 0, "Container Identifier"},
    {0x0070, 0x0086, "X", 0, "Content Creator's Identification Code Sequence"},
    {0x0070, 0x0084, "Z/D", 0, "Content Creator's Name"},
    {0x0008, 0x0023, "Z/D", 'T', "Content Date"},
    {0x0040, 0xA730, "D", 0, "Content Sequence"},
    {0x0008, 0x0033, "Z/D", 'T', "Content Time"},
    {0x0018, 0x0010, "Z/D", 'C', "Contrast/Bolus Agent"},
    {0x0018, 0xA003, "X", 'C', "Contribution Description"},
    {0x0010, 0x2150, "X", 0, "Country of Residence"},
    {0x0040, 0xA307, "X", 0, "Current Observer (Trial)"},
    {0x0038, 0x0300, "X", 0, "Current Patient Location"},
    {0x0008, 0x0025, "X", 'T', "Curve Date"},
    {0x0008, 0x0035, "X", 'T', "Curve Time"},
    {0x0040, 0xA07C, "X", 0, "Custodial Organization Sequence"},
    {0xFFFC, 0xFFFC, "X", 0, "Data Set Trailing Padding"},
    {0x0018, 0x937F, "X", 'C', "Decomposition Description"},
    {0x0008, 0x2111, "X", 'C', "Derivation Description"},
    {0x0018, 0x700A, "X/D", 0, "Detector ID"},
    {0x3010, 0x001B, "Z", 0, "Device Alternate Identifier"},
    {0x0050, 0x0020, "X", 0, "Device Description"},
    {0x3010, 0x002D, "D", 0, "Device Label"},
    {0x0018, 0x1000, "X/Z/D", 0, "Device Serial Number"},
    {0x0016, 0x004B, "X", 'C', "Device Setting Description"},
    {0x0018, 0x1002, "U", 0, "Device UID"},
    {0xFFFA, 0xFFFA, "X", 0, "Digital Signatures Sequence"},
    {0x0400, 0x0100, "U", 0, "Digital Signature UID"},
    {0x0020, 0x9164, "U", 0, "Dimension Organization UID"},
    {0x0038, 0x0040, "X", 'C', "Discharge Diagnosis Description"},
    {0x4008, 0x011A, "X", 0, "Distribution Address"},
    {0x4008, 0x0119, "X", 0, "Distribution Name"},
    {0x300A, 0x0016, "X", 'C', "Dose Reference Description"},
    {0x300A, 0x0013, "U", 0, "Dose Reference UID"},
    {0x3010, 0x006E, "U", 0, "Dosimetric Objective UID"},
    {0x0018, 0x9517, "X/D", 'T', "End Acquisition DateTime"},
    {0x3010, 0x0037, "X", 'C', "Entity Description"},
    {0x3010, 0x0035, "D", 'C', "Entity Label"},
    {0x3010, 0x0038, "D", 'C', "Entity Long Label"},
    {0x3010, 0x0036, "X", 'C', "Entity Name"},
    {0x300A, 0x0676, "X", 'C', "Equipment Frame of Reference Description"},
    {0x0010, 0x2160, "X", 0, "Ethnic Group"},
    {0x0040, 0x4011, "X", 'T', "Expected Completion DateTime"},
    {0x0008, 0x0058, "U", 0, "Failed SOP Instance UID List"},
    {0x0070, 0x031A, "U", 0, "Fiducial UID"},
    {0x0040, 0x2017, "Z", 0, "Filler Order Number / Imaging Service Request"},
    {0x3008, 0x0054, "X/D", 'T', "First Treatment Date"},
    {0x300A, 0x0196, "X", 'C', "Fixation Device Description"},
    {0x0034, 0x0002, "D", 0, "Flow Identifier"},
    {0x0034, 0x0001, "D", 0, "Flow Identifier Sequence"},
    {0x3010, 0x007F, "Z", 'C', "Fractionation Notes"},
    {0x300A, 0x0072, "X", 'C', "Fraction Group Description"},
    {0x0020, 0x9158, "X", 'C', "Frame Comments"},
    {0x0020, 0x0052, "U", 0, "Frame of Reference UID"},
    {0x0034, 0x0007, "D", 'T', "Frame Origin Timestamp"},
    {0x0018, 0x1008, "X", 0, "Gantry ID"},
    {0x0018, 0x1005, "X", 0, "Generator ID"},
    {0x0016, 0x0076, "X", 0, "GPS Altitude"},
    {0x0016, 0x0075, "X", 0, "GPS Altitude Ref"},
    {0x0016, 0x008C, "X", 0, "GPS Area Information"},
    {0x0016, 0x008D, "X", 0, "GPS Date Stamp"},
    {0x0016, 0x0088, "X", 0, "GPS Dest Bearing"},
    {0x0016, 0x0087, "X", 0, "GPS Dest Bearing Ref"},
    {0x0016, 0x008A, "X", 0, "GPS Dest Distance"},
    {0x0016, 0x0089, "X", 0, "GPS Dest Distance Ref"},
    {0x0016, 0x0084, "X", 0, "GPS Dest Latitude"},
    {0x0016, 0x0083, "X", 0, "GPS Dest Latitude Ref"},
    {0x0016, 0x0086, "X", 0, "GPS Dest Longitude"},
    {0x0016, 0x0085, "X", 0, "GPS Dest Longitude Ref"},
    {0x0016, 0x008E, "X", 0, "GPS Differential"},
    {0x0016, 0x007B, "X", 0, "GPS DOP"},
    {0x0016, 0x0081, "X", 0, "GPS Img Direction"},
    {0x0016, 0x0080, "X", 0, "GPS Img Direction Ref"},
    {0x0016, 0x0072, "X", 0, "GPS Latitude"},
    {0x0016, 0x0071, "X", 0, "GPS Latitude Ref"},
    {0x0016, 0x0074, "X", 0, "GPS Longitude"},
    {0x0016, 0x0073, "X", 0, "GPS Longitude Ref"},
    {0x0016, 0x0082, "X", 0, "GPS Map Datum"},
    {0x0016, 0x007A, "X", 0, "GPS Measure Mode"},
    {0x0016, 0x008B, "X", 0, "GPS Processing Method"},
    {0x0016, 0x0078, "X", 0, "GPS Satellites"},
    {0x0016, 0x007D, "X", 0, "GPS Speed"},
    {0x0016, 0x007C, "X", 0, "GPS Speed Ref"},
    {0x0016, 0x0079, "X", 0, "GPS Status"},
    {0x0016, 0x0077, "X", 0, "GPS Time Stamp"},
    {0x0016, 0x007F, "X", 0, "GPS Track"},
    {0x0016, 0x007E, "X", 0, "GPS Track Ref"},
    {0x0016, 0x0070, "X", 0, "GPS Version ID"},
    {0x0070, 0x0001, "D", 0, "Graphic Annotation Sequence"},
    {0x0040, 0x4037, "X", 0, "Human Performer's Name"},
    {0x0040, 0x4036, "X", 0, "Human Performer's Organization"},
    {0x0088, 0x0200, "X", 0, "Icon Image Sequence"},
    {0x0008, 0x4000, "X", 'C', "Identifying Comments"},
    {0x0020, 0x4000, "X", 'C', "Image Comments"},
    {0x0028, 0x4000, "X", 0, "Image Presentation Comments"},
    {0x0040, 0x2400, "X", 'C', "Imaging Service Request Comments"},
    {0x003A, 0x0314, "D", 'T', "Impedance Measurement DateTime"},
    {0x4008, 0x0300, "X", 'C', "Impressions"},
    {0x0008, 0x0015, "X", 'T', "Instance Coercion DateTime"},
    {0x0008, 0x0014, "U", 0, "Instance Creator UID"},
    {0x0400, 0x0600, "X", 0, "Instance Origin Status"},
    {0x0008, 0x0081, "X", 0, "Institution Address"},
    {0x0008, 0x1040, "X", 0, "Institutional Department Name"},
    {0x0008, 0x1041, "X", 0, "Institutional Department Type Code Sequence"},
    {0x0008, 0x0082, "X/Z/D", 0, "Institution Code Sequence"},
    {0x0008, 0x0080, "X/Z/D", 0, "Institution Name"},
    {0x0010, 0x1050, "X", 0, "Insurance Plan Identification"},
    {0x3010, 0x004D, "X/D", 'T', "Intended Phase End Date"},
    {0x3010, 0x004C, "X/D", 'T', "Intended Phase Start Date"},
    {0x0040, 0x1011, "X", 0, "Intended Recipients of Results Identification Sequence"},
    {0x300A, 0x0741, "D", 'T', "Interlock DateTime"},
    {0x300A, 0x0742, "D", 'C', "Interlock Description"},
    {0x300A, 0x0783, "D", 'C', "Interlock Origin Description"},
    {0x4008, 0x0111, "X", 0, "Interpretation Approver Sequence"},
    {0x4008, 0x010C, "X", 0, "Interpretation Author"},
    {0x4008, 0x0115, "X", 'C', "Interpretation Diagnosis Description"},
    {0x4008, 0x0202, "X", 0, "Interpretation ID Issuer"},
    {0x4008, 0x0102, "X", 0, "Interpretation Recorder"},
    {0x4008, 0x010B, "X", 'C', "Interpretation Text"},
    {0x4008, 0x010A, "X", 0, "Interpretation Transcriber"},
    {0x0008, 0x3010, "U", 0, "Irradiation Event UID"},
    {0x0038, 0x0011, "X", 0, "Issuer of Admission ID"},
    {0x0038, 0x0014, "X", 0, "Issuer of Admission ID Sequence"},
    {0x0010, 0x0021, "X", 0, "Issuer of Patient ID"},
    {0x0038, 0x0061, "X", 0, "Issuer of Service Episode ID"},
    {0x0038, 0x0064, "X", 0, "Issuer of Service Episode ID Sequence"},
    {0x0040, 0x0513, "Z", 0, "Issuer of the Container Identifier Sequence"},
    {0x0040, 0x0562, "Z", 0, "Issuer of the Specimen Identifier Sequence"},
    {0x2200, 0x0002, "X/Z", 'C', "Label Text"},
    {0x0028, 0x1214, "U", 0, "Large Palette Color Lookup Table UID"},
    {0x0010, 0x21D0, "X", 'T', "Last Menstrual Date"},
    {0x0016, 0x004F, "X", 0, "Lens Make"},
    {0x0016, 0x0050, "X", 0, "Lens Model"},
    {0x0016, 0x0051, "X", 0, "Lens Serial Number"},
    {0x0016, 0x004E, "X", 0, "Lens Specification"},
    {0x0050, 0x0021, "X", 'C', "Long Device Description"},
    {0x0400, 0x0404, "X", 0, "MAC"},
    {0x0016, 0x002B, "X", 'C', "Maker Note"},
    {0x0018, 0x100B, "U", 0, "Manufacturer's Device Class UID"},
    {0x3010, 0x0043, "Z", 0, "Manufacturer's Device Identifier"},
    {0x0010, 0x2000, "X", 'C', "Medical Alerts"},
    {0x0010, 0x1090, "X", 0, "Medical Record Locator"},
    {0x0010, 0x1080, "X", 0, "Military Rank"},
    {0x0400, 0x0550, "X", 0, "Modified Attributes Sequence"},
    {0x0020, 0x3406, "X", 0, "Modified Image Description"},
    {0x0020, 0x3401, "X", 0, "Modifying Device ID"},
    {0x3008, 0x0056, "X/D", 'T', "Most Recent Treatment Date"},
    {0x0018, 0x937B, "X", 'C', "Multi-energy Acquisition Description"},
    {0x003A, 0x0310, "U", 0, "Multiplex Group UID"},
    {0x0008, 0x1060, "X", 0, "Name of Physician(s) Reading Study"},
    {0x0040, 0x1010, "X", 0, "Names of Intended Recipients of Results"},
    {0x0400, 0x0551, "X", 0, "Nonconforming Modified Attributes Sequence"},
    {0x0400, 0x0552, "X", 0, "Nonconforming Data Element Value"},
    {0x0040, 0xA192, "X", 'T', "Observation Date (Trial)"},
    {0x0040, 0xA402, "U", 0, "Observation Subject UID (Trial)"},
    {0x0040, 0xA193, "X", 'T', "Observation Time (Trial)"},
    {0x0040, 0xA171, "U", 0, "Observation UID"},
    {0x0010, 0x2180, "X", 'C', "Occupation"},
    {0x0008, 0x1072, "X/D", 0, "Operator Identification Sequence"},
    {0x0008, 0x1070, "X/Z/D", 0, "Operators' Name"},
    {0x0040, 0x2010, "X", 0, "Order Callback Phone Number"},
    {0x0040, 0x2011, "X", 0, "Order Callback Telecom Information"},
    {0x0040, 0x2008, "X", 0, "Order Entered By"},
    {0x0040, 0x2009, "X", 0, "Order Enterer's Location"},
    {0x0400, 0x0561, "X", 0, "Original Attributes Sequence"},
    {0x0010, 0x1000, "X", 0, "Other Patient IDs"},
    {0x0010, 0x1002, "X", 0, "Other Patient IDs Sequence"},
    {0x0010, 0x1001, "X", 0, "Other Patient Names"},
    {0x0008, 0x0024, "X", 'T', "Overlay Date"},
    {0x0008, 0x0034, "X", 'T', "Overlay Time"},
    {0x300A, 0x0760, "D", 'T', "Override DateTime"},
    {0x0028, 0x1199, "U", 0, "Palette Color Lookup Table UID"},
    {0x0040, 0xA07A, "X", 0, "Participant Sequence"},
    {0x0010, 0x1040, "X", 0, "Patient's Address"},
    {0x0010, 0x1010, "X", 0, "Patient's Age"},
    {0x0010, 0x0030, "Z", 0, "Patient's Birth Date"},
    {0x0010, 0x1005, "X", 0, "Patient's Birth Name"},
    {0x0010, 0x0032, "X", 0, "Patient's Birth Time"},
    {0x0038, 0x0400, "X", 0, "Patient's Institution Residence"},
    {0x0010, 0x0050, "X", 0, "Patient's Insurance Plan Code Sequence"},
    {0x0010, 0x1060, "X", 0, "Patient's Mother's Birth Name"},
    {0x0010, 0x0010, "Z", 0, "Patient's Name"},
    {0x0010, 0x0101, "X", 0, "Patient's Primary Language Code Sequence"},
    {0x0010, 0x0102, "X", 0, "Patient's Primary Language Modifier Code Sequence"},
    {0x0010, 0x21F0, "X", 0, "Patient's Religious Preference"},
    {0x0010, 0x0040, "Z", 0, "Patient's Sex"},
    {0x0010, 0x2203, "X/Z", 0, "Patient's Sex Neutered"},
    {0x0010, 0x1020, "X", 0, "Patient's Size"},
    {0x0010, 0x2155, "X", 0, "Patient's Telecom Information"},
    {0x0010, 0x2154, "X", 0, "Patient's Telephone Numbers"},
    {0x0010, 0x1030, "X", 0, "Patient's Weight"},
    {0x0010, 0x4000, "X", 'C', "Patient Comments"},
    {0x0010, 0x0020, "Z", 0, "Patient ID"},
    {0x300A, 0x0650, "U", 0, "Patient Setup UID"},
    {0x0038, 0x0500, "X", 'C', "Patient State"},
    {0x0040, 0x1004, "X", 0, "Patient Transport Arrangements"},
    {0x0040, 0x0243, "X", 0, "Performed Location"},
    {0x0040, 0x0254, "X", 'C', "Performed Procedure Step Description"},
    {0x0040, 0x0250, "X", 'T', "Performed Procedure Step End Date"},
    {0x0040, 0x4051, "X", 'T', "Performed Procedure Step End DateTime"},
    {0x0040, 0x0251, "X", 'T', "Performed Procedure Step End Time"},
    {0x0040, 0x0253, "X", 0, "Performed Procedure Step ID"},
    {0x0040, 0x0244, "X", 'T', "Performed Procedure Step Start Date"},
    {0x0040, 0x4050, "X", 'T', "Performed Procedure Step Start DateTime"},
    {0x0040, 0x0245, "X", 'T', "Performed Procedure Step Start Time"},
    {0x0040, 0x0241, "X", 0, "Performed Station AE Title"},
    {0x0040, 0x4030, "X", 0, "Performed Station Geographic Location Code Sequence"},
    {0x0040, 0x0242, "X", 0, "Performed Station Name"},
    {0x0040, 0x4028, "X", 0, "Performed Station Name Code Sequence"},
    {0x0008, 0x1050, "X", 0, "Performing Physician's Name"},
    {0x0008, 0x1052, "X", 0, "Performing Physician Identification Sequence"},
    {0x0040, 0x1102, "X", 0, "Person's Address"},
    {0x0040, 0x1104, "X", 0, "Person's Telecom Information"},
    {0x0040, 0x1103, "X", 0, "Person's Telephone Numbers"},
    {0x0040, 0x1101, "D", 0, "Person Identification Code Sequence"},
    {0x0040, 0xA123, "D", 0, "Person Name"},
    {0x0008, 0x1048, "X", 0, "Physician(s) of Record"},
    {0x0008, 0x1049, "X", 0, "Physician(s) of Record Identification Sequence"},
    {0x0008, 0x1062, "X", 0, "Physician(s) Reading Study Identification Sequence"},
    {0x4008, 0x0114, "X", 0, "Physician Approving Interpretation"},
    {0x0040, 0x2016, "Z", 0, "Placer Order Number / Imaging Service Request"},
    {0x0018, 0x1004, "X", 0, "Plate ID"},
    {0x0010, 0x21C0, "X", 0, "Pregnancy Status"},
    {0x0040, 0x0012, "X", 0, "Pre-Medication"},
    {0x300A, 0x000E, "X", 'C', "Prescription Description"},
    {0x3010, 0x007B, "Z", 'C', "Prescription Notes"},
    {0x3010, 0x0081, "Z", 'C', "Prescription Notes Sequence"},
    {0x0070, 0x1101, "U", 0, "Presentation Display Collection UID"},
    {0x0070, 0x1102, "U", 0, "Presentation Sequence Collection UID"},
    {0x3010, 0x0061, "X", 'C', "Prior Treatment Dose Description"},
    {0x0040, 0x4052, "X", 'T', "Procedure Step Cancellation DateTime"},
    {0x0018, 0x1030, "X/D", 'C', "Protocol Name"},
    {0x300A, 0x0619, "D", 'C', "Radiation Dose Identification Label"},
    {0x300A, 0x0623, "D", 'C', "Radiation Dose In-Vivo Measurement Label"},
    {0x300A, 0x067D, "Z", 'C', "Radiation Generation Mode Description"},
    {0x300A, 0x067C, "D", 'C', "Radiation Generation Mode Label"},
    {0x300C, 0x0113, "X", 'C', "Reason for Omission Description"},
    {0x0040, 0x100A, "X", 'C', "Reason for Requested Procedure Code Sequence"},
    {0x0032, 0x1030, "X", 'C', "Reason for Study"},
    {0x3010, 0x005C, "Z", 'C', "Reason for Superseding"},
    {0x0040, 0x2001, "X", 'C', "Reason for the Imaging Service Request"},
    {0x0040, 0x1002, "X", 'C', "Reason for the Requested Procedure"},
    {0x0032, 0x1066, "X", 'C', "Reason for Visit"},
    {0x0032, 0x1067, "X", 'C', "Reason for Visit Code Sequence"},
    {0x300A, 0x073A, "D", 'T', "Recorded RT Control Point DateTime"},
    {0x3010, 0x000B, "U", 0, "Referenced Conceptual Volume UID"},
    {0x0400, 0x0402, "X", 0, "Referenced Digital Signature Sequence"},
    {0x300A, 0x0083, "U", 0, "Referenced Dose Reference UID"},
    {0x3010, 0x006F, "U", 0, "Referenced Dosimetric Objective UID"},
    {0x3010, 0x0031, "U", 0, "Referenced Fiducials UID"},
    {0x3006, 0x0024, "U", 0, "Referenced Frame of Reference UID"},
    {0x0040, 0x4023, "U", 0, "Referenced General Purpose Scheduled Procedure Step Transaction UID"},
    {0x0008, 0x1140, "X/Z/U*", 0, "Referenced Image Sequence"},
    {0x0040, 0xA172, "U", 0, "Referenced Observation UID (Trial)"},
    {0x0038, 0x0004, "X", 0, "Referenced Patient Alias Sequence"},
    {0x0010, 0x1100, "X", 0, "Referenced Patient Photo Sequence"},
    {0x0008, 0x1120, "X", 0, "Referenced Patient Sequence"},
    {0x0008, 0x1111, "X/Z/D", 0, "Referenced Performed Procedure Step Sequence"},
    {0x0400, 0x0403, "X", 0, "Referenced SOP Instance MAC Sequence"},
    {0x0008, 0x1155, "U", 0, "Referenced SOP Instance UID"},
    {0x0004, 0x1511, "U", 0, "Referenced SOP Instance UID in File"},
    {0x0008, 0x1110, "X/Z", 0, "Referenced Study Sequence"},
    {0x0008, 0x0092, "X", 0, "Referring Physician's Address"},
    {0x0008, 0x0090, "Z", 0, "Referring Physician's Name"},
    {0x0008, 0x0094, "X", 0, "Referring Physician's Telephone Numbers"},
    {0x0008, 0x0096, "X", 0, "Referring Physician Identification Sequence"},
    {0x0010, 0x2152, "X", 0, "Region of Residence"},
    {0x3006, 0x00C2, "U", 0, "Related Frame of Reference UID"},
    {0x0040, 0x0275, "X", 'C', "Request Attributes Sequence"},
    {0x0032, 0x1070, "X", 'C', "Requested Contrast Agent"},
    {0x0040, 0x1400, "X", 'C', "Requested Procedure Comments"},
    {0x0032, 0x1060, "X/Z", 'C', "Requested Procedure Description"},
    {0x0040, 0x1001, "X", 0, "Requested Procedure ID"},
    {0x0040, 0x1005, "X", 0, "Requested Procedure Location"},
    {0x0018, 0x9937, "X", 'C', "Requested Series Description"},
    {0x0032, 0x1032, "X", 0, "Requesting Physician"},
    {0x0032, 0x1033, "X", 0, "Requesting Service"},
    {0x0018, 0x9185, "X", 'C', "Respiratory Motion Compensation Technique Description"},
    {0x0010, 0x2299, "X", 0, "Responsible Organization"},
    {0x0010, 0x2297, "X", 0, "Responsible Person"},
    {0x4008, 0x4000, "X", 'C', "Results Comments"},
    {0x4008, 0x0118, "X", 0, "Results Distribution List Sequence"},
    {0x4008, 0x0042, "X", 0, "Results ID Issuer"},
    {0x300E, 0x0008, "X/Z", 0, "Reviewer Name"},
    {0x3006, 0x0028, "X", 'C', "ROI Description"},
    {0x3006, 0x0038, "X", 'C', "ROI Generation Description"},
    {0x3006, 0x00A6, "Z", 0, "ROI Interpreter"},
    {0x3006, 0x0026, "Z", 'C', "ROI Name"},
    {0x3006, 0x0088, "X", 'C', "ROI Observation Description"},
    {0x3006, 0x0085, "X", 'C', "ROI Observation Label"},
    {0x300A, 0x0615, "Z", 0, "RT Accessory Device Slot ID"},
    {0x300A, 0x0611, "Z", 0, "RT Accessory Holder Slot ID"},
    {0x3010, 0x005A, "Z", 'C', "RT Physician Intent Narrative"},
    {0x300A, 0x0006, "X/D", 'T', "RT Plan Date"},
    {0x300A, 0x0004, "X", 'C', "RT Plan Description"},
    {0x300A, 0x0002, "D", 'C', "RT Plan Label"},
    {0x300A, 0x0003, "X", 'C', "RT Plan Name"},
    {0x300A, 0x0007, "X/D", 'T', "RT Plan Time"},
    {0x3010, 0x0054, "D", 'C', "RT Prescription Label"},
    {0x300A, 0x062A, "D", 'C', "RT Tolerance Set Label"},
    {0x3010, 0x0056, "X/D", 'C', "RT Treatment Approach Label"},
    {0x3010, 0x003B, "U", 0, "RT Treatment Phase UID"},
    {0x0040, 0x4034, "X", 0, "Scheduled Human Performers Sequence"},
    {0x0038, 0x001E, "X", 0, "Scheduled Patient Institution Residence"},
    {0x0040, 0x0006, "X", 0, "Scheduled Performing Physician's Name"},
    {0x0040, 0x000B, "X", 0, "Scheduled Performing Physician Identification Sequence"},
    {0x0040, 0x0007, "X", 'C', "Scheduled Procedure Step Description"},
    {0x0040, 0x0004, "X", 'T', "Scheduled Procedure Step End Date"},
    {0x0040, 0x0005, "X", 'T', "Scheduled Procedure Step End Time"},
    {0x0040, 0x4008, "X", 'T', "Scheduled Procedure Step Expiration DateTime"},
    {0x0040, 0x0009, "X", 0, "Scheduled Procedure Step ID"},
    {0x0040, 0x0011, "X", 0, "Scheduled Procedure Step Location"},
    {0x0040, 0x4010, "X", 'T', "Scheduled Procedure Step Modification DateTime"},
    {0x0040, 0x0002, "X", 'T', "Scheduled Procedure Step Start Date"},
    {0x0040, 0x4005, "X", 'T', "Scheduled Procedure Step Start DateTime"},
    {0x0040, 0x0003, "X", 'T', "Scheduled Procedure Step Start Time"},
    {0x0040, 0x0001, "X", 0, "Scheduled Station AE Title"},
    {0x0040, 0x4027, "X", 0, "Scheduled Station Geographic Location Code Sequence"},
    {0x0040, 0x0010, "X", 0, "Scheduled Station Name"},
    {0x0040, 0x4025, "X", 0, "Scheduled Station Name Code Sequence"},
    {0x0032, 0x1020, "X", 0, "Scheduled Study Location"},
    {0x0032, 0x1021, "X", 0, "Scheduled Study Location AE Title"},
    {0x0008, 0x0021, "X/D", 'T', "Series Date"},
    {0x0008, 0x103E, "X", 'C', "Series Description"},
    {0x0020, 0x000E, "U", 0, "Series Instance UID"},
    {0x0008, 0x0031, "X/D", 'T', "Series Time"},
    {0x0038, 0x0062, "X", 'C', "Service Episode Description"},
    {0x0038, 0x0060, "X", 0, "Service Episode ID"},
    {0x300A, 0x01B2, "X", 'C', "Setup Technique Description"},
    {0x300A, 0x01A6, "X", 'C', "Shielding Device Description"},
    {0x0040, 0x06FA, "X", 0, "Slide Identifier"},
    {0x0010, 0x21A0, "X", 0, "Smoking Status"},
    {0x0008, 0x0018, "U", 0, "SOP Instance UID"},
    {0x3010, 0x0015, "U", 0, "Source Conceptual Volume UID"},
    {0x0018, 0x936A, "D", 'T', "Source End DateTime"},
    {0x0034, 0x0005, "D", 0, "Source Identifier"},
    {0x0008, 0x2112, "X/Z/U*", 0, "Source Image Sequence"},
    {0x300A, 0x0216, "X", 0, "Source Manufacturer"},
    {0x3008, 0x0105, "X/Z", 0, "Source Serial Number"},
    {0x0018, 0x9369, "D", 'T', "Source Start DateTime"},
    {0x0038, 0x0050, "X", 0, "Special Needs"},
    {0x0040, 0x050A, "X", 0, "Specimen Accession Number"},
    {0x0040, 0x0602, "X", 'C', "Specimen Detailed Description"},
    {0x0040, 0x0551, "D", 0, "Specimen Identifier"},
    {0x0040, 0x0610, "Z", 0, "Specimen Preparation Sequence"},
    {0x0040, 0x0600, "X", 'C', "Specimen Short Description"},
    {0x0040, 0x0554, "U", 0, "Specimen UID"},
    {0x0018, 0x9516, "X/D", 'T', "Start Acquisition DateTime"},
    {0x0008, 0x1010, "X/Z/D", 0, "Station Name"},
    {0x0088, 0x0140, "U", 0, "Storage Media File-set UID"},
    {0x3006, 0x0008, "Z", 'T', "Structure Set Date"},
    {0x3006, 0x0006, "X", 'C', "Structure Set Description"},
    {0x3006, 0x0002, "D", 'C', "Structure Set Label"},
    {0x3006, 0x0004, "X", 'C', "Structure Set Name"},
    {0x3006, 0x0009, "X/D", 'T', "Structure Set Time"},
    {0x0032, 0x4000, "X", 'C', "Study Comments"},
    {0x0008, 0x0020, "Z", 'T', "Study Date"},
    {0x0008, 0x1030, "X", 'C', "Study Description"},
    {0x0020, 0x0010, "Z", 0, "Study ID"},
    {0x0032, 0x0012, "X", 0, "Study ID Issuer"},
    {0x0020, 0x000D, "U", 0, "Study Instance UID"},
    {0x0008, 0x0030, "Z", 'T', "Study Time"},
    {0x0020, 0x0200, "U", 0, "Synchronization Frame of Reference UID"},
    {0x0018, 0x2042, "U", 0, "Target UID"},
    {0x0040, 0xA354, "X", 0, "Telephone Number (Trial)"},
    {0x0040, 0xDB0D, "U", 0, "Template Extension Creator UID"},
    {0x0040, 0xDB0C, "U", 0, "Template Extension Organization UID"},
    {0x4000, 0x4000, "X", 0, "Text Comments"},
    {0x2030, 0x0020, "X", 0, "Text String"},
    {0x0008, 0x0201, "X", 'T', "Timezone Offset From UTC"},
    {0x0088, 0x0910, "X", 0, "Topic Author"},
    {0x0088, 0x0912, "X", 0, "Topic Keywords"},
    {0x0088, 0x0906, "X", 0, "Topic Subject"},
    {0x0088, 0x0904, "X", 0, "Topic Title"},
    {0x0062, 0x0021, "U", 0, "Tracking UID"},
    {0x0008, 0x1195, "U", 0, "Transaction UID"},
    {0x0018, 0x5011, "X", 0, "Transducer Identification Sequence"},
    {0x3008, 0x0250, "X/D", 'T', "Treatment Date"},
    {0x300A, 0x00B2, "X", 0, "Treatment Machine Name"},
    {0x300A, 0x0608, "D", 'C', "Treatment Position Group Label"},
    {0x300A, 0x0609, "U", 0, "Treatment Position Group UID"},
    {0x300A, 0x0700, "U", 0, "Treatment Session UID"},
    {0x3010, 0x0077, "D", 'C', "Treatment Site"},
    {0x3010, 0x007A, "Z", 'C', "Treatment Technique Notes"},
    {0x3008, 0x0251, "X/D", 'T', "Treatment Time"},
    {0x300A, 0x0736, "D", 'T', "Treatment Tolerance Violation DateTime"},
    {0x300A, 0x0734, "D", 'C', "Treatment Tolerance Violation Description"},
    {0x0018, 0x100A, "X", 0, "UDI Sequence"},
    {0x0040, 0xA124, "U", 0, "UID"},
    {0x0018, 0x1009, "X", 0, "Unique Device Identifier"},
    {0x3010, 0x0033, "D", 'C', "User Content Label"},
    {0x3010, 0x0034, "D", 'C', "User Content Long Label"},
    {0x0040, 0xA352, "X", 0, "Verbal Source (Trial)"},
    {0x0040, 0xA358, "X", 0, "Verbal Source Identifier Code Sequence (Trial)"},
    {0x0040, 0xA088, "Z", 0, "Verifying Observer Identification Code Sequence"},
    {0x0040, 0xA075, "D", 0, "Verifying Observer Name"},
    {0x0040, 0xA073, "D", 0, "Verifying Observer Sequence"},
    {0x0040, 0xA027, "D", 0, "Verifying Organization"},
    {0x0038, 0x4000, "X", 'C', "Visit Comments"},
    {0x0018, 0x9371, "D", 0, "X-Ray Detector ID"},
    {0x0018, 0x9373, "X", 0, "X-Ray Detector Label"},
    {0x0018, 0x9367, "D", 0, "X-Ray Source ID"},
};

// What is done to one element after the table and the options are applied.
enum class Action { Keep, Remove, Empty, Dummy, NewUid, ShiftDate, Clean, Recurse };

const ProfileRule* findRule(const DcmTagKey& key) {
  static const std::map<std::pair<quint16, quint16>, const ProfileRule*> index = [] {
    std::map<std::pair<quint16, quint16>, const ProfileRule*> m;
    for (const ProfileRule& rule : kTableE11) m[{rule.group, rule.element}] = &rule;
    return m;
  }();
  const auto it = index.find({key.getGroup(), key.getElement()});
  return it == index.end() ? nullptr : it->second;
}

bool isSequence(const DcmElement& e) { return e.ident() == EVR_SQ; }
bool isDateVr(DcmEVR vr) { return vr == EVR_DA || vr == EVR_DT; }

// Where the Basic Profile leaves a choice (X/Z, X/D, Z/D, X/Z/D), take the
// one that keeps the object valid whatever the attribute's type in its IOD
// (E.3.1: D satisfies Type 1, Z Type 2), so dciodvfy sees no new error.
// Sequences: a dummy item cannot be made up, so D means "keep the items and
// apply the table inside them"; U* keeps the items with their UIDs replaced.
Action actionFor(const ProfileRule& rule, const DcmElement& e) {
  if (rule.option == 'T') return isDateVr(e.ident()) ? Action::ShiftDate : Action::Keep;
  if (rule.option == 'C') return isSequence(e) ? Action::Recurse : Action::Clean;
  const QByteArray basic(rule.basic);
  if (basic == "U") return Action::NewUid;
  if (basic == "K") return Action::Keep;
  if (basic.contains("U*")) return Action::Recurse;
  if (isSequence(e)) {
    if (basic == "X" || basic == "X/D") return Action::Remove;  // X/D: identification sequences
    if (basic == "D") return Action::Recurse;
    return Action::Empty;
  }
  if (basic.contains('D')) return Action::Dummy;
  if (basic.contains('Z')) return Action::Empty;
  return Action::Remove;
}

// PS3.5 Table 6.2-1: a value every VR accepts, with no meaning.
QString dummyValue(DcmEVR vr) {
  switch (vr) {
    case EVR_DA: return QStringLiteral("19000101");
    case EVR_DT: return QStringLiteral("19000101000000");
    case EVR_TM: return QStringLiteral("000000");
    case EVR_IS:
    case EVR_DS: return QStringLiteral("0");
    case EVR_AS: return QStringLiteral("000Y");
    case EVR_AE:
    case EVR_CS:
    case EVR_SH:
    case EVR_LO:
    case EVR_LT:
    case EVR_ST:
    case EVR_UT:
    case EVR_UC:
    case EVR_PN: return QStringLiteral("ANONYMIZED");
    default: return {};
  }
}

QString tagLabel(DcmTag tag, const QString& path) {
  return path + QStringLiteral("(%1,%2) %3")
                    .arg(tag.getGroup(), 4, 16, QLatin1Char('0'))
                    .arg(tag.getElement(), 4, 16, QLatin1Char('0'))
                    .arg(QString::fromLatin1(tag.getTagName()));
}

QString stringValue(DcmElement& e) {
  OFString value;
  if (e.getOFStringArray(value).bad()) return {};
  return QString::fromUtf8(value.c_str());
}

QString stringValue(DcmItem& item, const DcmTagKey& key) {
  OFString value;
  if (item.findAndGetOFStringArray(key, value).bad()) return {};
  return QString::fromUtf8(value.c_str());
}

// The identifying values of the patient and the visit, as words to strip
// from free text (Clean Descriptors): every component of every name, the
// IDs, the institution, the station.
QStringList identifyingWords(DcmItem& dataset) {
  static const DcmTagKey keys[] = {
      DCM_PatientName, DCM_OtherPatientNames, DCM_PatientBirthName, DCM_PatientMotherBirthName,
      DCM_PatientID, DCM_RETIRED_OtherPatientIDs, DCM_IssuerOfPatientID, DCM_AccessionNumber, DCM_StudyID,
      DCM_PatientBirthDate, DCM_InstitutionName, DCM_InstitutionAddress, DCM_InstitutionalDepartmentName,
      DCM_ReferringPhysicianName, DCM_PerformingPhysicianName, DCM_NameOfPhysiciansReadingStudy,
      DCM_OperatorsName, DCM_PhysiciansOfRecord, DCM_StationName, DCM_DeviceSerialNumber};
  static const QRegularExpression separators(QStringLiteral("[\\^=\\\\,\\s]+"));
  QStringList words;
  for (const DcmTagKey& key : keys) {
    const QString value = stringValue(dataset, key);
    for (const QString& word : value.split(separators, Qt::SkipEmptyParts)) {
      // A single Latin letter (an initial) would strip every "a" and "e".
      const bool han = word.at(0).unicode() >= 0x2E80;
      if ((word.size() >= 2 || han) && !words.contains(word)) words << word;
    }
  }
  // Longest first, so "Li^Na" goes as "Li" and "Na", never as half a word.
  std::sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
  return words;
}

// Clean Descriptors (E.3.5): what describes the procedure stays ("头颅CT平扫",
// "Head 1.5mm"); names, IDs and the institution are cut out, and so are runs
// of six or more digits (dates, phone numbers, record numbers).
QString cleanedText(QString text, const QStringList& words) {
  static const QRegularExpression longNumbers(QStringLiteral("\\d{6,}"));
  static const QRegularExpression personNameSeparators(QStringLiteral("[\\^=]"));
  static const QRegularExpression letterOrDigit(QStringLiteral("[\\p{L}\\p{N}]"));
  for (const QString& word : words) text.remove(word, Qt::CaseInsensitive);
  text.remove(longNumbers);
  text.remove(personNameSeparators);  // what is left of a PN once its names are gone
  text = text.simplified();
  return text.contains(letterOrDigit) ? text : QString();
}

QString shiftedDate(const QString& value, DcmEVR vr, int days) {
  QStringList out;
  for (const QString& one : value.split(QLatin1Char('\\'))) {
    const QDate date = QDate::fromString(one.left(8), QStringLiteral("yyyyMMdd"));
    if (!date.isValid()) return {};  // partial or broken: no date is safer than a real one
    QString shifted = date.addDays(days).toString(QStringLiteral("yyyyMMdd"));
    if (vr == EVR_DT) shifted += one.mid(8);  // time of day and UTC offset unchanged
    out << shifted;
  }
  return out.join(QLatin1Char('\\'));
}

// PS3.16 TID 1003 Person Observer Identifying Attributes given as TEXT:
// DCM 128774 "Person Observer's Login Name", DCM 121009 "Person Observer's
// Organization Name".
bool isObserverIdentity(DcmItem& contentItem) {
  DcmItem* concept = nullptr;
  if (contentItem.findAndGetSequenceItem(DCM_ConceptNameCodeSequence, concept).bad() || !concept) return false;
  OFString value, scheme;
  concept->findAndGetOFString(DCM_CodeValue, value);
  concept->findAndGetOFString(DCM_CodingSchemeDesignator, scheme);
  return scheme == "DCM" && (value == "128774" || value == "121009");
}

bool hasPixelData(DcmItem& dataset) {
  return dataset.tagExists(DCM_PixelData) || dataset.tagExists(DCM_FloatPixelData) ||
         dataset.tagExists(DCM_DoubleFloatPixelData);
}

void addCode(DcmItem& parent, const char* value, const char* meaning) {
  DcmItem* item = nullptr;
  if (parent.findOrCreateSequenceItem(DCM_DeidentificationMethodCodeSequence, item, -2).bad()) return;
  item->putAndInsertString(DCM_CodeValue, value);
  item->putAndInsertString(DCM_CodingSchemeDesignator, "DCM");
  item->putAndInsertString(DCM_CodeMeaning, meaning);
}

// The walk over one data set; sequences recurse with the same rules.
class DeidentificationPass {
 public:
  DeidentificationPass(Deidentifier& owner, int dayOffset, QStringList words, QStringList* changes)
      : m_owner(owner), m_days(dayOffset), m_words(std::move(words)), m_changes(changes) {}

  void process(DcmItem& item, const QString& path) {
    for (unsigned long i = 0; i < item.card();) {
      DcmElement* e = item.getElement(i);
      if (!apply(item, *e, path)) {
        delete item.remove(i);
        continue;
      }
      ++i;
    }
  }

 private:
  // False: the element is to be removed.
  bool apply(DcmItem& item, DcmElement& e, const QString& path) {
    const DcmTag tag = e.getTag();
    const QString label = tagLabel(tag, path);
    if (tag.isPrivate() || tag.isPrivateReservation()) return removed(label, "private, removed");
    const quint16 group = tag.getGroup();
    // Curve Data (50xx,xxxx) is X; overlays (60xx) go whole: Overlay Data
    // and Comments are X, and an overlay without its data is no overlay.
    if ((group & 0xFF00) == 0x5000 || (group & 0xFF00) == 0x6000) return removed(label, "removed");

    const ProfileRule* rule = findRule(tag);
    Action action = rule ? actionFor(*rule, e) : Action::Keep;
    if (!rule && isSequence(e)) action = Action::Recurse;
    if (!rule && isDateVr(e.ident())) action = Action::ShiftDate;
    // SR text (Content Sequence items) is free text like a description,
    // except where it names the observer (PS3.16 TID 1003): a dummy, like
    // Person Name (0040,A123) in the same items.
    if (tag == DCM_TextValue) action = isObserverIdentity(item) ? Action::Dummy : Action::Clean;

    switch (action) {
      case Action::Keep: return true;
      case Action::Remove: return removed(label, "removed");
      case Action::Empty: {
        item.insertEmptyElement(tag, OFTrue);
        note(label, "emptied");
        return true;
      }
      case Action::Dummy: {
        const QString dummy = dummyValue(e.ident());
        if (dummy.isEmpty()) item.insertEmptyElement(tag, OFTrue);
        else e.putString(dummy.toUtf8().constData());
        note(label, "replaced by a dummy");
        return true;
      }
      case Action::NewUid: {
        QStringList uids = stringValue(e).split(QLatin1Char('\\'), Qt::SkipEmptyParts);
        for (QString& uid : uids) uid = m_owner.replacementUid(uid);
        e.putString(uids.join(QLatin1Char('\\')).toLatin1().constData());
        note(label, "new UID");
        return true;
      }
      case Action::ShiftDate: {
        const QString value = stringValue(e);
        if (value.isEmpty()) return true;
        const QString shifted = shiftedDate(value, e.ident(), m_days);
        if (shifted.isEmpty()) return removed(label, "unreadable date, removed");
        e.putString(shifted.toLatin1().constData());
        note(label, "date shifted");
        return true;
      }
      case Action::Clean: {
        const QString value = stringValue(e);
        const QString cleaned = cleanedText(value, m_words);
        if (cleaned == value) return true;
        if (cleaned.isEmpty()) return removed(label, "cleaned, nothing left, removed");
        e.putString(cleaned.toUtf8().constData());
        note(label, "cleaned");
        return true;
      }
      case Action::Recurse: {
        auto& sequence = static_cast<DcmSequenceOfItems&>(e);
        for (unsigned long n = 0; n < sequence.card(); ++n)
          process(*sequence.getItem(n), label + QStringLiteral(" > "));
        return true;
      }
    }
    return true;
  }

  void note(const QString& label, const char* what) { *m_changes << label + QStringLiteral(": ") + QLatin1String(what); }
  bool removed(const QString& label, const char* why) {
    note(label, why);
    return false;
  }

  Deidentifier& m_owner;
  int m_days;
  QStringList m_words;
  QStringList* m_changes;
};

}  // namespace

Deidentifier::Deidentifier(DeidentificationOptions options) : m_options(std::move(options)) {
  if (m_options.secret.isEmpty()) {
    m_options.secret.resize(32);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(m_options.secret.data()), 8);
  }
}

QByteArray Deidentifier::mac(const QByteArray& message) const {
  return QMessageAuthenticationCode::hash(message, m_options.secret, QCryptographicHash::Sha256);
}

QString Deidentifier::replacementUid(const QString& original) {
  const auto known = m_uids.constFind(original);
  if (known != m_uids.constEnd()) return *known;
  // PS3.5 B.2: "2.25." + the decimal form of a 128-bit number, here the
  // first 16 bytes of the HMAC (big-endian), by long division by ten.
  const QByteArray digest = mac("uid:" + original.toLatin1());
  std::array<quint8, 16> number{};
  for (int i = 0; i < 16; ++i) number[size_t(i)] = quint8(digest.at(i));
  QString digits;
  bool zero = false;
  while (!zero) {
    unsigned remainder = 0;
    zero = true;
    for (quint8& byte : number) {
      const unsigned current = remainder * 256 + byte;
      byte = quint8(current / 10);
      remainder = current % 10;
      if (byte) zero = false;
    }
    digits.prepend(QChar(u'0' + remainder));
  }
  const QString uid = QStringLiteral("2.25.") + digits;
  m_uids.insert(original, uid);
  return uid;
}

int Deidentifier::dateOffsetDays(const QString& patientId) const {
  const QByteArray digest = mac("date:" + patientId.toUtf8());
  const quint32 v = (quint32(quint8(digest[0])) << 24) | (quint32(quint8(digest[1])) << 16) |
                    (quint32(quint8(digest[2])) << 8) | quint32(quint8(digest[3]));
  return -int(1 + v % 3650);
}

QString Deidentifier::methodDescription() {
  // LO holds 64 characters, so one value per profile and option (VM 1-n).
  return QStringLiteral(
      "PS3.15 E Basic Application Confidentiality Profile\\"
      "Retain Longitudinal Temporal Information Modified Dates\\"
      "Clean Descriptors Option");
}

bool Deidentifier::deidentify(const QByteArray& part10, DeidentifiedFile* result, ReportingError* error) {
  quietDcmtkCharsetWarnings();
  auto fail = [error](ReportingError::Code code, const QString& message, const QString& detail) {
    *error = ReportingError{code, message, detail};
    return false;
  };
  DcmFileFormat file;
  QString detail;
  if (!dicom::readPart10(part10, file, &detail))
    return fail(ReportingError::Code::NotDicom,
                QCoreApplication::translate("yunyue::Deidentifier", "The file is not a DICOM file."), detail);
  // Everything below works on Unicode text; the output says ISO_IR 192.
  const OFCondition utf8 = file.convertToUTF8();
  if (utf8.bad())
    return fail(ReportingError::Code::NotDicom,
                QCoreApplication::translate("yunyue::Deidentifier",
                                            "The file's character set cannot be converted to Unicode."),
                QString::fromLatin1(utf8.text()));
  DcmDataset& dataset = *file.getDataset();
  DeidentifiedFile out;

  const QString patientId = stringValue(dataset, DCM_PatientID);
  const QString code = QString::fromLatin1(mac("patient:" + patientId.toUtf8()).left(5).toHex().toUpper());
  const QString pseudonymName = m_options.patientName.isEmpty() ? QStringLiteral("ANONYMOUS^") + code : m_options.patientName;
  const QString pseudonymId = m_options.patientId.isEmpty() ? code : m_options.patientId;

  const QString burnedIn = stringValue(dataset, DCM_BurnedInAnnotation).trimmed().toUpper();
  DeidentificationPass pass(*this, dateOffsetDays(patientId), identifyingWords(dataset), &out.changedAttributes);
  pass.process(dataset, {});

  dataset.putAndInsertString(DCM_SpecificCharacterSet, "ISO_IR 192");
  dataset.putAndInsertString(DCM_PatientName, pseudonymName.toUtf8().constData());
  dataset.putAndInsertString(DCM_PatientID, pseudonymId.toUtf8().constData());
  out.changedAttributes << QStringLiteral("(0010,0010) PatientName: pseudonym")
                        << QStringLiteral("(0010,0020) PatientID: pseudonym");
  // PS3.15 E.1.1 and PS3.3 C.7.1.1: say what was done, in words and codes (PS3.16 CID 7050).
  dataset.putAndInsertString(DCM_PatientIdentityRemoved, "YES");
  dataset.putAndInsertString(DCM_DeidentificationMethod, methodDescription().toUtf8().constData());
  delete dataset.remove(DCM_DeidentificationMethodCodeSequence);
  addCode(dataset, "113100", "Basic Application Confidentiality Profile");
  addCode(dataset, "113107", "Retain Longitudinal Temporal Information Modified Dates Option");
  addCode(dataset, "113105", "Clean Descriptors Option");
  dataset.putAndInsertString(DCM_LongitudinalTemporalInformationModified, "MODIFIED");

  // E.3.1: text burned into the pixels is not touched by this profile; the
  // user has to look (Burned In Annotation YES, or nobody said NO).
  if (hasPixelData(dataset) && burnedIn != QLatin1String("NO")) {
    out.warnings << (burnedIn == QLatin1String("YES")
                         ? QCoreApplication::translate(
                               "yunyue::Deidentifier",
                               "The image has patient information burned into its pixels (Burned In Annotation "
                               "YES); it is not removed. Check the image before sharing it.")
                         : QCoreApplication::translate(
                               "yunyue::Deidentifier",
                               "The image does not say whether patient information is burned into its pixels "
                               "(no Burned In Annotation); check the image before sharing it."));
  }
  // Meta header: only what PS3.10 needs; the source AE title and private
  // information of the sending application go.
  DcmMetaInfo& meta = *file.getMetaInfo();
  delete meta.remove(DCM_SourceApplicationEntityTitle);
  delete meta.remove(DCM_SendingApplicationEntityTitle);
  delete meta.remove(DCM_ReceivingApplicationEntityTitle);
  delete meta.remove(DCM_PrivateInformationCreatorUID);
  delete meta.remove(DCM_PrivateInformation);

  out.studyInstanceUid = stringValue(dataset, DCM_StudyInstanceUID);
  out.seriesInstanceUid = stringValue(dataset, DCM_SeriesInstanceUID);
  out.sopInstanceUid = stringValue(dataset, DCM_SOPInstanceUID);
  if (!dicom::writePart10(file, &out.part10, &detail))
    return fail(ReportingError::Code::EncodeFailed,
                QCoreApplication::translate("yunyue::Deidentifier", "The de-identified file could not be written."),
                detail);
  *result = std::move(out);
  return true;
}

}  // namespace yunyue
