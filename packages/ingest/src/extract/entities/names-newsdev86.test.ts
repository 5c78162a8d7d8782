import { describe, expect, it } from "vitest";
import { entityNames } from "../extracted-views.js";

const HEAD = "Story\n\nMonday, April 4, 2016\n\n";

describe("names newsdev86 read wrong (entities-198)", () => {
  it.each([
    [
      "a county's clerk before a name with particles, read as one organization",
      `Recall\n\nDENVER (Reuters) - Ridge Valley County Clerk Rosalind de la Fuente-Ortiz said the petition fell short.`,
      ["Organization Reuters", "Person Rosalind de la Fuente-Ortiz"],
    ],
    [
      "a brokerage before its analyst, read as a person's",
      `${HEAD}Prices will rise, Tamir Finance analyst Aidos B. Kerimov said.`,
      ["Organization Tamir Finance", "Person Aidos B. Kerimov"],
    ],
    [
      "a middle initial before a surname's particles",
      `${HEAD}Its managing director, Pieter J. van der Walt, said the company would tie up two trawlers.`,
      ["Person Pieter J. van der Walt"],
    ],
    [
      "a newspaper told, its capital 'The' inside the sentence",
      `${HEAD}The director, Kofi Mensah-Baird, told The Courier-Register that the agency was short of drivers.`,
      ["Organization The Courier-Register", "Person Kofi Mensah-Baird"],
    ],
    [
      "a paper named by a nationality, told",
      `${HEAD}The owner, Hendrik Pretorius, told The Zambian that the mill would close.`,
      ["Organization The Zambian", "Person Hendrik Pretorius"],
    ],
    [
      "a known daily's lower-case word",
      `${HEAD}The president, Ante Kovač, told the daily Jutarnji list that members had taken out loans.`,
      ["Organization Jutarnji list", "Person Ante Kovač"],
    ],
    [
      "a camel-cased company defined by its capitals",
      `${HEAD}The stations are run by PetroNordGas (PNG), the state oil company. PetroNordGas said prices would rise.`,
      ["Organization PetroNordGas"],
    ],
    [
      "towns listed after a plural noun of places",
      `${HEAD}Five towns on the coast, among them Brela, Tučepi and Rovinj, will cap rentals, the ministry said.`,
      [],
    ],
    [
      "a residents' initiative named after its descriptor",
      `${HEAD}Marta Horvat, a teacher who founded the residents’ initiative Živi Vis in 2024, said the cap came too late.`,
      ["Organization Živi Vis", "Person Marta Horvat"],
    ],
    [
      "a government programme is no organization",
      `${HEAD}The Senate voted to extend the National Crop Insurance Program for five years.`,
      ["Organization United States Senate"],
    ],
    [
      "a state assemblywoman's title is no part of her name",
      `${HEAD}Assemblywoman Ruth M. Abernathy, a Trenton Democrat, said she would call the director to testify.`,
      ["Person Ruth M. Abernathy"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(entityNames(text)).toEqual(expected);
  });

  it.each([
    [
      "a legal advocacy group one works at",
      `${HEAD}"The state built a wall," said Ana Ruiz, a lawyer at the National Health Law Program.`,
    ],
    [
      "an institution's unit",
      `${HEAD}Lee joined the Sport Management Program at Washington State University last year.`,
    ],
  ])("a programme kept as an organization: %s", (_name, text) => {
    expect(entityNames(text).some((n) => /^Organization .*Program$/.test(n))).toBe(true);
  });

  it("a medical scan's acronym is no organization", () => {
    expect(entityNames(`${HEAD}She said the same MRI was billed at three different prices.`)).toEqual([]);
  });
});
