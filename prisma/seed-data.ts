import type { Visibility } from "@/lib/generated/prisma/enums";

// The demo partnership: a regional climate-adaptation pact in the Dutch river area, with partners
// from the province, the water board, housing, farming, energy, research, finance, nature and
// public health. Written so that a newcomer sees a full collaboration view: shared values, a need
// nobody covers yet, a need resting on one person, and answers of every visibility.

export type DemoMember = {
  key: string;
  name: string;
  organisation: string;
  facilitator?: boolean;
  profile: {
    origin: string;
    knowledgeSkills: string;
    personality: string;
    lifeExperience: string;
    fears: string;
    irritations: string;
    valuesNorms: string;
    skillTags: string[];
    valueTags: string[];
    visibility?: Partial<Record<"origin" | "knowledgeSkills" | "personality" | "lifeExperience" | "fears" | "irritations" | "valuesNorms", Visibility>>;
  };
  mission: { statement: string; drives: string; talents: string; contributeTo: string; visibility?: Partial<Record<"statement" | "drives" | "talents" | "contributeTo", Visibility>> };
  role: { uniqueRole: string; missionRelation: string; alignment: number; contributions: Record<string, string> };
};

export const DEMO_PARTNERSHIP = {
  name: "Klimaatpact Rivierenland",
  commonGoal:
    "Make the river region between Waal and Linge climate-proof by 2035: towns that stay cool in heat waves, villages that stay dry when the rivers rise, and land that can hold water in drought.",
  desiredImpact:
    "By 2035 no resident of Rivierenland lives more than 300 metres from cool green space, 5,000 homes have been made water-robust, and farmers and nature share a water system that copes with both extremes.",
  description:
    "A regional pact of province, water board, municipalities, housing, farming, energy, research, finance, nature and public health. We meet monthly in Tiel and work in between in small teams.",
};

export const DEMO_NEEDS: { key: string; title: string; description: string }[] = [
  { key: "funding", title: "Long-term funding for adaptation measures", description: "Money that outlasts one council term: regional funds, green loans, subsidies." },
  { key: "residents", title: "Residents who take part in their street", description: "People who green their own gardens and streets, and help decide." },
  { key: "space", title: "Space for water in the landscape", description: "Land where rivers and rain can go: retention areas, side channels, wetter polders." },
  { key: "data", title: "Shared data on heat and flood risk", description: "One picture of where it gets too hot or too wet, down to the street." },
  { key: "nature", title: "Knowledge of nature-based solutions", description: "What works where: wadis, green roofs, reed beds, food forests." },
  { key: "politics", title: "Political backing in every municipality", description: "Councils that commit budgets and planning rules for the long haul." },
  { key: "farmers", title: "Farmers on board", description: "Growers who see water retention as part of their business, not a loss." },
  { key: "health", title: "Protecting vulnerable people in heat waves", description: "Elderly and chronically ill residents who are reached before the heat hits." },
  { key: "communication", title: "One clear story for all residents", description: "Plain-language communication so residents know what is coming and what they can do." },
];

export const DEMO_MEMBERS: DemoMember[] = [
  {
    key: "anna",
    name: "Anna de Vries",
    organisation: "Province of Gelderland",
    facilitator: true,
    profile: {
      origin: "Grew up in Zaltbommel, daughter of a ferryman on the Waal. The river was our front garden and, in 1995, almost our kitchen.",
      knowledgeSkills: "Programme management, regional policy, bringing administrators and doers to one table, facilitating large groups.",
      personality: "Optimistic organiser; I think out loud and need others to slow me down now and then.",
      lifeExperience: "Twelve years at the province, two years in Bangladesh on a delta programme, mother of two teenagers.",
      fears: "That we produce beautiful plans and nothing changes on the ground before the next flood.",
      irritations: "Meetings that end without anyone owning the next step.",
      valuesNorms: "Trust, keeping promises, and taking the long view.",
      skillTags: ["facilitation", "programme management", "policy"],
      valueTags: ["trust", "reliability", "long-term thinking"],
      visibility: { fears: "FACILITATORS" },
    },
    mission: {
      statement: "I want the river region I grew up in to be a place where my children can still live safely in 2050.",
      drives: "The evacuation of 1995 and what I saw in Bangladesh: people adapt when they are trusted to.",
      talents: "Connecting organisations that usually talk past each other, and keeping a long process moving.",
      contributeTo: "A regional pact that still works when the people who started it have moved on.",
    },
    role: {
      uniqueRole: "Keeper of the process: I bring the province's mandate and make sure every partner's voice lands in the programme.",
      missionRelation: "My mission is nearly the same as our goal; my risk is that I carry too much of it myself.",
      alignment: 5,
      contributions: { funding: "Access to provincial climate funds and EU co-financing", politics: "Direct line to the provincial executive" },
    },
  },
  {
    key: "bram",
    name: "Bram Jansen",
    organisation: "Waterschap Rivierenland",
    profile: {
      origin: "Farmer's son from Geldermalsen; studied civil engineering in Delft and came straight back.",
      knowledgeSkills: "Dike reinforcement, water management, hydrological modelling, permits.",
      personality: "Calm, precise, a bit sceptical until I have seen the numbers.",
      lifeExperience: "Worked on the Room for the River project at Nijmegen; volunteer firefighter.",
      fears: "Being the one who signed off on a dike that fails.",
      irritations: "People who promise residents things the water system cannot deliver.",
      valuesNorms: "Safety first, honesty about uncertainty, craftsmanship.",
      skillTags: ["water management", "hydrology", "engineering"],
      valueTags: ["safety", "honesty", "craftsmanship"],
      visibility: { fears: "ONLY_ME", irritations: "FACILITATORS" },
    },
    mission: {
      statement: "Keep everyone in Rivierenland dry, and give the water room where it can do no harm.",
      drives: "Responsibility: the water board exists because people here once drowned.",
      talents: "Turning ambitions into designs that actually hold water.",
      contributeTo: "A water system that works with the landscape instead of against it.",
    },
    role: {
      uniqueRole: "The reality check on water: I know where water can go and what it costs.",
      missionRelation: "Our goal needs my safety standards; I need the pact's support for retention areas on private land.",
      alignment: 4,
      contributions: { space: "Maps and plans for retention areas", data: "Flood risk models and water level data" },
    },
  },
  {
    key: "fatima",
    name: "Fatima El Amrani",
    organisation: "Woonstichting De Linge",
    profile: {
      origin: "Born in Tiel to Moroccan parents; the first in my family to go to university.",
      knowledgeSkills: "Housing renovation, tenant participation, sustainability programmes in social housing.",
      personality: "Warm and direct; I say what tenants tell me, even when it is uncomfortable.",
      lifeExperience: "Eight years as a neighbourhood consultant before moving into sustainability.",
      fears: "That climate measures make rents rise for the people who can least afford it.",
      irritations: "Plans about neighbourhoods made without anyone who lives there.",
      valuesNorms: "Fairness, trust, respect for residents' own knowledge.",
      skillTags: ["tenant participation", "housing", "community work"],
      valueTags: ["fairness", "trust", "respect"],
    },
    mission: {
      statement: "Every tenant of De Linge lives in a home that stays cool in summer and dry in winter, at a rent they can pay.",
      drives: "My mother's flat, which is unbearable every heat wave.",
      talents: "Getting residents involved and translating between tenants and engineers.",
      contributeTo: "Neighbourhoods where climate adaptation feels like an improvement, not a burden.",
    },
    role: {
      uniqueRole: "The voice of tenants, and 4,000 homes where measures can be tried out.",
      missionRelation: "Close: heat and flooding hit our tenants first. I must guard fairness within the pact.",
      alignment: 4,
      contributions: { residents: "Tenant panels and neighbourhood consultants", health: "We know which tenants are vulnerable", funding: "Renovation budget 2026–2030" },
    },
  },
  {
    key: "joost",
    name: "Joost van den Berg",
    organisation: "Fruit growers' association Betuwe",
    profile: {
      origin: "Fourth generation fruit grower near Kesteren.",
      knowledgeSkills: "Fruit growing, irrigation, soil, running a family business.",
      personality: "Practical, stubborn, loyal once convinced.",
      lifeExperience: "Lost a third of my harvest in the 2018 drought; board member of the association for six years.",
      fears: "That the next generation will not want to take over the farm.",
      irritations: "Rules made in The Hague by people who have never had mud on their boots.",
      valuesNorms: "Craftsmanship, freedom to run my own business, loyalty.",
      skillTags: ["fruit growing", "irrigation", "entrepreneurship"],
      valueTags: ["craftsmanship", "freedom", "loyalty"],
      visibility: { fears: "ONLY_ME", irritations: "ONLY_ME" },
    },
    mission: {
      statement: "Keep fruit growing in the Betuwe alive by making our orchards part of the water solution.",
      drives: "The land my great-grandfather planted.",
      talents: "Speaking farmer to farmers; trying things on my own land first.",
      contributeTo: "Farms that hold water in winter and have it in summer.",
    },
    role: {
      uniqueRole: "Bridge to the growers: if I try it, others will come and look.",
      missionRelation: "Our goal only works if farming survives in it; I am here to make sure it does.",
      alignment: 3,
      contributions: { farmers: "Pilot with water retention in my own orchard; access to 120 growers" },
    },
  },
  {
    key: "sanne",
    name: "Sanne Bakker",
    organisation: "Municipality of Tiel",
    profile: {
      origin: "Grew up in Utrecht; moved to Tiel for love and stayed for the river.",
      knowledgeSkills: "Public space design, green policy, participation processes, municipal budgets.",
      personality: "Creative and restless; I like to start things and sometimes forget to finish them.",
      lifeExperience: "Designed the greening of the Tiel station area with residents.",
      fears: "Being stuck between what residents ask and what the council will pay for.",
      irritations: "Pilots that never become policy.",
      valuesNorms: "Openness, creativity, trust.",
      skillTags: ["urban green", "participation", "design"],
      valueTags: ["openness", "creativity", "trust"],
      visibility: { fears: "FACILITATORS" },
    },
    mission: {
      statement: "Make Tiel a town where greening the street is the normal thing to do.",
      drives: "Seeing a grey square turn into a place where children play in the shade.",
      talents: "Designing with residents and getting plans through the council.",
      contributeTo: "Public spaces that cool the town and bring people together.",
    },
    role: {
      uniqueRole: "I own the streets and squares: where the municipality can act tomorrow.",
      missionRelation: "Heat in town is my mission's core; the rivers are further from my daily work.",
      alignment: 4,
      contributions: { residents: "Street greening programme 'Tiel Tegelvrij'", nature: "Experience with wadis and green squares" },
    },
  },
  {
    key: "mehmet",
    name: "Mehmet Yilmaz",
    organisation: "Energy cooperative Betuwe Stroom",
    profile: {
      origin: "Grew up in Culemborg; son of a factory worker and a seamstress.",
      knowledgeSkills: "Energy cooperatives, community organising, solar projects, finance for citizen initiatives.",
      personality: "Enthusiastic networker; always has a plan B.",
      lifeExperience: "Started the cooperative with ten neighbours; now 1,400 members.",
      fears: "That volunteers burn out before the big projects are done.",
      irritations: "Grid operators that say no without explaining why.",
      valuesNorms: "Ownership by citizens, solidarity, openness.",
      skillTags: ["community organising", "energy", "citizen finance"],
      valueTags: ["solidarity", "openness", "ownership"],
    },
    mission: {
      statement: "Citizens own the transition: the energy and the water solutions in our region belong to the people who live here.",
      drives: "Seeing neighbours become owners instead of customers.",
      talents: "Mobilising volunteers and raising money from members.",
      contributeTo: "A region where residents take part in climate work because it is theirs.",
    },
    role: {
      uniqueRole: "1,400 members who trust us: a ready-made network of engaged residents.",
      missionRelation: "Adaptation is newer to us than energy, but citizen ownership fits both.",
      alignment: 3,
      contributions: { residents: "Our member network and volunteers", funding: "Citizen bonds for local projects" },
    },
  },
  {
    key: "lotte",
    name: "Lotte Hendriks",
    organisation: "HAN University of Applied Sciences",
    profile: {
      origin: "Grew up in a Brabant village; studied environmental science in Wageningen.",
      knowledgeSkills: "Climate adaptation research, heat mapping, monitoring, supervising student projects.",
      personality: "Curious and careful; I like questions more than answers.",
      lifeExperience: "PhD on urban heat islands; lecturer for nine years.",
      fears: "That research ends up in a drawer.",
      irritations: "Decisions based on gut feeling when the data is right there.",
      valuesNorms: "Curiosity, honesty, learning together.",
      skillTags: ["research", "heat mapping", "monitoring", "hydrology"],
      valueTags: ["curiosity", "honesty", "learning"],
      visibility: { irritations: "ONLY_ME" },
    },
    mission: {
      statement: "Make knowledge about climate adaptation usable for the people who have to act on it.",
      drives: "Students who discover that their work matters outside school.",
      talents: "Measuring, explaining and turning questions into research projects.",
      contributeTo: "A region that learns from what it tries.",
    },
    role: {
      uniqueRole: "A research group and 60 students a year who can measure and test what we try.",
      missionRelation: "The pact is the living lab my mission needs.",
      alignment: 5,
      contributions: { data: "Heat maps and sensor network", nature: "Research on nature-based solutions" },
    },
  },
  {
    key: "pieter",
    name: "Pieter Smit",
    organisation: "Rabobank Rivierenland",
    profile: {
      origin: "Grew up in Leerdam; studied economics in Nijmegen.",
      knowledgeSkills: "Sustainable finance, agricultural lending, business cases.",
      personality: "Analytical, patient, good listener.",
      lifeExperience: "Twenty years in banking, the last five in sustainability.",
      fears: "That climate risks make our farmers' loans unbearable.",
      irritations: "Projects without a business case asking for money.",
      valuesNorms: "Reliability, long-term thinking, cooperation.",
      skillTags: ["finance", "business cases", "agriculture"],
      valueTags: ["reliability", "long-term thinking", "cooperation"],
      visibility: { fears: "ONLY_ME", lifeExperience: "FACILITATORS" },
    },
    mission: {
      statement: "Finance the measures that keep our region and its businesses viable.",
      drives: "The cooperative roots of the bank: money from the region for the region.",
      talents: "Building business cases and bringing investors to the table.",
      contributeTo: "A fund that makes adaptation measures financeable for residents and farmers.",
      visibility: { drives: "FACILITATORS" },
    },
    role: {
      uniqueRole: "Money and business cases: I can make good ideas bankable.",
      missionRelation: "Close enough: a climate-proof region is a region our clients can keep working in.",
      alignment: 3,
      contributions: { funding: "Green loans and a regional adaptation fund" },
    },
  },
  {
    key: "noor",
    name: "Noor Visser",
    organisation: "Natuurmonumenten",
    profile: {
      origin: "Grew up on a houseboat in the Biesbosch.",
      knowledgeSkills: "Nature management, floodplain restoration, volunteers, landscape ecology.",
      personality: "Quiet, persistent, at my best outdoors.",
      lifeExperience: "Managed the restoration of floodplains along the Waal.",
      fears: "That nature is always the first thing traded away.",
      irritations: "Nature treated as decoration instead of infrastructure.",
      valuesNorms: "Respect for nature, patience, honesty.",
      skillTags: ["ecology", "landscape", "volunteers"],
      valueTags: ["respect", "patience", "honesty"],
    },
    mission: {
      statement: "Give the river landscape room to be wild again, so that it can protect us.",
      drives: "The Biesbosch of my childhood, where water and land were never fixed.",
      talents: "Reading landscapes and working with volunteers for years on end.",
      contributeTo: "Floodplains and wetlands that store water and carry life.",
    },
    role: {
      uniqueRole: "Land and know-how: our floodplains can store water, and I know how to make them.",
      missionRelation: "Our goal is my mission at landscape scale.",
      alignment: 5,
      contributions: { space: "Floodplains and nature areas for water storage", nature: "Floodplain restoration experience" },
    },
  },
  {
    key: "eva",
    name: "Eva Kramer",
    organisation: "GGD Gelderland-Zuid",
    facilitator: true,
    profile: {
      origin: "Grew up in Nijmegen; trained as a nurse before studying public health.",
      knowledgeSkills: "Public health, heat plans, reaching vulnerable groups, crisis communication.",
      personality: "Calm in a crisis, impatient with bureaucracy.",
      lifeExperience: "Coordinated the regional heat plan during the 2019 heat wave.",
      fears: "Another heat wave in which lonely elderly people die unnoticed.",
      irritations: "Health treated as an afterthought in spatial plans.",
      valuesNorms: "Care, fairness, trust.",
      skillTags: ["public health", "crisis communication", "facilitation"],
      valueTags: ["care", "fairness", "trust"],
      visibility: { fears: "PARTNERS" },
    },
    mission: {
      statement: "Nobody in our region should fall ill or die because of heat or flooding.",
      drives: "The people I nursed who had no one to check on them.",
      talents: "Reaching people others do not reach, and staying calm when it matters.",
      contributeTo: "Neighbourhoods that look after their most vulnerable residents.",
    },
    role: {
      uniqueRole: "Health lens and co-facilitator: I keep the vulnerable in view and help run our sessions.",
      missionRelation: "Heat and health are where the pact meets my daily work.",
      alignment: 4,
      contributions: { health: "Regional heat plan and neighbourhood networks", data: "Health data on heat-related illness" },
    },
  },
];

export const DEMO_NOTES: { author: string; subject: string; kind: "APPRECIATION" | "QUESTION"; body: string }[] = [
  { author: "fatima", subject: "bram", kind: "APPRECIATION", body: "You explain the water system without making anyone feel stupid. Our tenants' panel loved it." },
  { author: "bram", subject: "joost", kind: "QUESTION", body: "Would you show us the retention pilot in your orchard before the next meeting?" },
  { author: "lotte", subject: "sanne", kind: "APPRECIATION", body: "Tiel Tegelvrij is the best field lab my students have had." },
  { author: "anna", subject: "pieter", kind: "QUESTION", body: "What would a regional adaptation fund need from the province to get started?" },
  { author: "eva", subject: "fatima", kind: "APPRECIATION", body: "You know your tenants by name. That is exactly what a heat plan needs." },
];
