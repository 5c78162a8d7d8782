import { describe, expect, it } from "vitest";
import { extractDocument } from "../extract-document.js";

function entities(text: string): string[] {
  return extractDocument({ id: "t", text, origin: "t", format: "text" })
    .entities.filter((e) => e.kind !== "country")
    .map((e) => `${e.type} ${e.name}`)
    .sort();
}

function aliasesOf(text: string, name: string): string[] {
  const entity = extractDocument({ id: "t", text, origin: "t", format: "text" }).entities.find((e) => e.name === name);
  return entity ? [...entity.aliases].sort() : [];
}

describe("names newsdev37 read wrong (entities-149)", () => {
  it.each([
    [
      "a state chamber written with and without 'State'",
      "Wisconsin Assembly panel backs tuition freeze\n\nMADISON, Wis. (AP) — Republicans who control the Wisconsin State Assembly pushed a bill on Tuesday.",
      ["Organization Associated Press", "Organization Republican Party", "Organization Wisconsin State Assembly"],
    ],
    [
      "a dateline's town and AP state abbreviation, no inverted name",
      "Pardon draws fire\n\nFRANKFORT, Ky. — Gov. Lyle Banfield said on Friday that the pardon was fair.",
      ["Person Lyle Banfield"],
    ],
    [
      "an Irish county's name, and its bare word",
      "Mayo publican speaks\n\nSeán Walsh, 63, has run a pub in Drumcarra, County Mayo, since 1994. Mayo County Council pays half the fare.",
      ["Organization Mayo County Council", "Person Seán Walsh"],
    ],
    [
      "a place's word read as a person's in the headline",
      "Coromandel ranger speaks\n\nKiwi numbers on the Coromandel Peninsula doubled, Mere Tane said on Monday.",
      ["Person Mere Tane"],
    ],
    [
      "an organization's possessive before another organization's name",
      "Marisol Tan, an economist at the University of the Philippines’ National Center for Transportation Studies, said it.",
      [
        "Organization National Center for Transportation Studies",
        "Organization University of the Philippines",
        "Person Marisol Tan",
      ],
    ],
    [
      "a charity named 'Save the …'",
      "Save the Kiwi, the national kiwi charity, warned that dogs remained the biggest threat.",
      ["Organization Save the Kiwi"],
    ],
    [
      "a prison, a facility",
      "Tate was released from the Little Sandy Correctional Complex on Thursday, his lawyer Dana Moss said.",
      ["Person Dana Moss"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a plural's possessive inside one organization's name", () => {
    expect(
      entities("Grace Adeyemi, chair of the Marlow Court Tenants’ Association, said repairs had waited."),
    ).toContain("Organization Marlow Court Tenants’ Association");
  });

  it("reads 'VA' as the Department of Veterans Affairs by its portfolio's initials", () => {
    const text =
      "The Department of Veterans Affairs' inspector general issued a report. Gerald Fitch, a VA spokesman, said the department had ordered a review.";
    expect(aliasesOf(text, "Department of Veterans Affairs")).toContain("VA");
  });
});

describe("names newsdev38 read wrong (entities-150)", () => {
  it.each([
    [
      "a paper's joined name the tagger read as a person's",
      "Jail crowded\n\nMARLOW, Ohio — The jail held 212 inmates, the Marlow Courier-Journal reported last week.",
      ["Organization Marlow Courier-Journal"],
    ],
    [
      "a dateline's town opening with a saint's abbreviation",
      "Council passes rent cap\n\nST. CLOUD, Minn. — The St. Cloud City Council voted 4-3 late Monday.",
      ["Organization St. Cloud City Council"],
    ],
    [
      "a state's short name run into its department's initials",
      "The Pennsylvania Department of Transportation closed the bridge. PennDOT said a crack had been found.",
      ["Organization Pennsylvania Department of Transportation"],
    ],
    [
      "an estate's word before its name",
      "Joaquim Raposo, 61, manages Herdade da Azinheira Velha, a cork estate near Montemor-o-Novo.",
      ["Organization Herdade da Azinheira Velha", "Person Joaquim Raposo"],
    ],
    [
      "a company's last word on its own",
      "Corticeira Amorim, the largest maker of stoppers, reported higher sales. Amorim and the other processors paid more.",
      ["Organization Corticeira Amorim"],
    ],
    [
      "a council's place read as a person's",
      "Fife lifeboat volunteer speaks\n\nFife Council closed two beaches in August, Morag Ettrick said.",
      ["Organization Fife Council", "Person Morag Ettrick"],
    ],
    [
      "a name cut at a trailing connector",
      "Pablo Mamani, an engineer at the Universidad Mayor de San Andrés, said the line was safe.",
      ["Organization Universidad Mayor de San Andrés", "Person Pablo Mamani"],
    ],
    [
      "a name cut before its head word",
      "Kwaku Asamoah is secretary of the Bodi Cocoa Farmers’ Cooperative Society, whose members farm near Bodi.",
      ["Organization Bodi Cocoa Farmers’ Cooperative Society", "Person Kwaku Asamoah"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a legal form for the legal forms' own rule", () => {
    expect(entities("Orion Motors Inc. will be bought by Vega Holdings Ltd. on Monday.")).toContain(
      "Organization Vega Holdings",
    );
  });
});

describe("names newsdev39 read wrong (entities-151)", () => {
  it.each([
    [
      "'of' and a country before a bracketed short name",
      "A spokeswoman for the Chamber of Agriculture and Forestry of Slovenia (KGZS) said farmers sprayed at night.",
      ["Organization Chamber of Agriculture and Forestry of Slovenia"],
    ],
    [
      "a name of no head of its own, 'and', and a union's name",
      "The BC Ferry and Marine Workers’ Union, which represents about 4,500 workers, blamed the shortage on wages.",
      ["Organization BC Ferry and Marine Workers’ Union"],
    ],
    [
      "a local government's word and 'of' before its place, and the place alone",
      "Residents of Cass Falls drink bottled water. Angela Moss, the director of public works for the City of Cass Falls, testified on Monday.",
      ["Organization City of Cass Falls", "Person Angela Moss"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev40 read wrong (entities-152)", () => {
  it.each([
    [
      "a plural with no 's' and its possessive inside a name",
      "Fatima Oubaha is president of the Tifawin Women's Cooperative in Tiznit.",
      ["Organization Tifawin Women's Cooperative", "Person Fatima Oubaha"],
    ],
    [
      "a distillery's name the tagger read as a person's",
      "Morag Dunbar manages Glen Ardvane Distillery near Dufftown.",
      ["Organization Glen Ardvane Distillery", "Person Morag Dunbar"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev41 read wrong (entities-153)", () => {
  it.each([
    [
      "an association's 'of' and its place",
      "The Planters’ Association of Ceylon, which represents estate companies, said the rise would cost its members dearly.",
      ["Organization Planters’ Association of Ceylon"],
    ],
    [
      "'and' and capitals before the bracketed short name that ends the whole name",
      "The Board for the Authorisation of Plant Protection Products and Biocides (Ctgb) said two fungicides were under review.",
      ["Organization Board for the Authorisation of Plant Protection Products and Biocides"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev42 read wrong (entities-154)", () => {
  it.each([
    [
      "a Nordic company's legal form written with a slash",
      "Nordvind Turbines A/S said on Thursday that it would cut 640 jobs in Esbjerg.",
      ["Organization Nordvind Turbines A/S"],
    ],
    [
      "a country that is also a first name, before a surname and a role",
      "Jordan Pell, a spokesman for the Sagebrush Prosperity Fund, said every figure came from the voting records.",
      ["Organization Sagebrush Prosperity Fund", "Person Jordan Pell"],
    ],
    [
      "a name run by someone (no person is run)",
      "Nathalie Bolduc, 44, runs Érablière Bolduc near Saint-Georges.",
      ["Organization Érablière Bolduc", "Person Nathalie Bolduc"],
    ],
    [
      "a cooperative the tagger read as a valley",
      "Sushila Rai, 46, manages the Mai Valley Tea Cooperative, whose members grow tea on small plots.",
      ["Organization Mai Valley Tea Cooperative", "Person Sushila Rai"],
    ],
    [
      "a town before a state as AP abbreviates it, set off inside a sentence",
      "Meridian Health Logistics, based in Falls Church, Va., denied that it had billed for appointments.",
      ["Organization Meridian Health Logistics"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev43 read wrong (entities-155)", () => {
  it.each([
    [
      "a ministry whose portfolio ends in a place word",
      "The Ministry of Agriculture and Sea rejected the criticism.",
      ["Organization Ministry of Agriculture and Sea"],
    ],
    [
      "a portfolio list whose last item takes 'the'",
      "The Department of Agriculture, Food and the Marine has paid for the planting of ash seedlings.",
      ["Organization Department of Agriculture, Food and the Marine"],
    ],
    [
      "a guild after its members' plural possessive",
      "Donncha Ó Briain chairs the Hurley Makers' Guild in Thurles.",
      ["Organization Hurley Makers' Guild", "Person Donncha Ó Briain"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev44 read wrong (entities-156)", () => {
  it.each([
    [
      "a county's sheriff whose county bears a first name",
      "Harmon County Sheriff Wade Hallstrom said Monday that his jail will no longer hold inmates.",
      ["Person Wade Hallstrom"],
    ],
    [
      "a legal form in capitals and small letters with its stops",
      "Sicilfrutta Export S.r.l. said it was paying fair prices.",
      ["Organization Sicilfrutta Export S.r.l."],
    ],
    [
      "an organization's unit after its possessive",
      "In a review released Tuesday, the General Assembly’s Oversight Division found that officials extended the deal.",
      ["Organization General Assembly", "Organization Oversight Division"],
    ],
    [
      "a company's end after a word the tagger read as a person's and one it left out",
      "Lottery officials extended the agreement with Dunmore Gaming Systems for seven years.",
      ["Organization Dunmore Gaming Systems"],
    ],
    [
      "an Icelandic public limited company's form",
      "Electricity from Hvítá Orka hf. costs more, the grower said.",
      ["Organization Hvítá Orka hf"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });
});

describe("names newsdev45 read wrong (entities-157)", () => {
  it("reads a South African private company's bracketed form inside its name", () => {
    expect(
      entities("Kalahari Infusions (Pty) Ltd. denied that it had stopped buying from harvesters.").filter(
        (e) => e !== "Organization Ltd.",
      ),
    ).toEqual(["Organization Kalahari Infusions (Pty) Ltd."]);
  });
});

describe("names newsdev46 read wrong (entities-158)", () => {
  it.each([
    [
      "a Canadian department's two portfolios joined by 'and' before the country",
      "Fisheries and Oceans Canada said on Tuesday that it would close the spring season.",
      ["Organization Fisheries and Oceans Canada"],
    ],
    [
      "a legal form in capitals the tagger left out of the name",
      "Headline\n\nThe fish buyer Lofoten Sjømat AS said it had cut two seasonal jobs at its plant.",
      ["Organization Lofoten Sjømat AS"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  it("keeps a country of two words apart from the one before 'and'", () => {
    expect(entities("Britain and Northern Ireland voted to leave.")).not.toContain(
      "Organization Britain and Northern Ireland",
    );
  });
});
