//! Guided help for Mit CV: per section a line on what it is for, and 3–6 short questions that jog the memory
//! of people who think they have nothing to write. Keyed by the section's JSON name (`CvSection::slug`).

crate::messages! { CvHelpMsg {
    ProfileIntro => "Den faglige profil er det første, en arbejdsgiver læser. Skriv kort, hvad du kan, og hvad du gerne vil.", "The professional profile is the first thing an employer reads. Write briefly what you can do and what you want.";
    Profile1 => "Hvad er du god til i et job?", "What are you good at in a job?";
    Profile2 => "Hvilke opgaver kan du lide at løse?", "Which tasks do you like doing?";
    Profile3 => "Hvad siger andre, at du er god til?", "What do others say you are good at?";
    Profile4 => "Hvilket job leder du efter lige nu?", "Which job are you looking for right now?";
    SeekingIntro => "Arbejdsgivere og jobcentret søger på, hvad du søger job som. Skriv gerne flere.", "Employers and the jobcentre search on what you are looking for. Write several if you like.";
    Seeking1 => "Hvilket job vil du helst have?", "Which job would you like most?";
    Seeking2 => "Er der et job, der ligner det, du har lavet før?", "Is there a job like the one you did before?";
    Seeking3 => "Står der et jobmål i Mine jobmål, du kan skrive her?", "Is there a job goal in My job goals you can write here?";
    WorkIntro => "Skriv alle dine job – også de korte og dem, der er længe siden. Skriv opgaverne under hvert job.", "Write all your jobs – also short ones and those long ago. Write the tasks under each job.";
    Work1 => "Hvad gjorde du en typisk dag?", "What did you do on a typical day?";
    Work2 => "Hvilke maskiner, programmer eller værktøjer brugte du?", "Which machines, programs or tools did you use?";
    Work3 => "Hvad var du med til at passe på eller have ansvar for?", "What did you look after or have responsibility for?";
    Work4 => "Har du haft et fritidsjob eller et sommerjob?", "Have you had a part-time or summer job?";
    Work5 => "Har du hjulpet i en familievirksomhed?", "Have you helped in a family business?";
    GapsIntro => "Perioder uden arbejde behøver ikke stå på dit CV. Du bestemmer.", "Periods without work do not have to be on your CV. You decide.";
    Gaps1 => "Vil du hellere vise perioden end have et hul i dit CV?", "Would you rather show the period than have a gap in your CV?";
    Gaps2 => "Lavede du noget i perioden, som kan stå et andet sted, fx frivilligt arbejde eller et kursus?", "Did you do something in the period that can go elsewhere, like volunteer work or a course?";
    Gaps3 => "En neutral tekst er nok – du skal ikke forklare hvorfor.", "A neutral text is enough – you do not have to explain why.";
    EducationIntro => "Skriv dine uddannelser – også dem, du ikke gjorde færdige.", "Write your education – also what you did not finish.";
    Education1 => "Hvilken skole gik du sidst i?", "Which school did you go to last?";
    Education2 => "Har du en erhvervsuddannelse eller en del af en?", "Do you have a vocational education or part of one?";
    Education3 => "Har du taget fag på VUC eller aftenskole?", "Have you taken subjects at adult education or evening school?";
    CoursesIntro => "Kurser viser, at du lærer nyt. Korte kurser tæller også.", "Courses show that you learn new things. Short courses count too.";
    Courses1 => "Har du haft et kursus gennem et job?", "Have you had a course through a job?";
    Courses2 => "Har du et førstehjælpskursus eller hygiejnekursus?", "Do you have a first aid or hygiene course?";
    Courses3 => "Har du lært noget på et kursus hos jobcentret?", "Did you learn something on a course at the jobcentre?";
    Courses4 => "Har du taget et AMU-kursus?", "Have you taken an AMU course?";
    InternshipsIntro => "Praktik og småjob er erfaring. Skriv, hvad du lavede, og hvor mange timer.", "Work placements and small jobs are experience. Write what you did and how many hours.";
    Internships1 => "Har du været i praktik gennem jobcentret?", "Have you been on a work placement through the jobcentre?";
    Internships2 => "Har du haft et par timers arbejde om ugen?", "Have you had a few hours of work a week?";
    Internships3 => "Hvilke opgaver fik du lov at prøve?", "Which tasks did you get to try?";
    Internships4 => "Hvad sagde virksomheden, du var god til?", "What did the company say you were good at?";
    VolunteeringIntro => "Frivilligt arbejde viser både, hvad du kan, og hvem du er.", "Volunteer work shows both what you can do and who you are.";
    Volunteering1 => "Har du hjulpet til i en forening eller i din opgang?", "Have you helped in an association or in your building?";
    Volunteering2 => "Har du været træner, hjælper eller kasserer?", "Have you been a coach, helper or treasurer?";
    Volunteering3 => "Har du hjulpet i en genbrugsbutik eller ved et arrangement?", "Have you helped in a charity shop or at an event?";
    Volunteering4 => "Har du passet et familiemedlem?", "Have you cared for a family member?";
    LeisureIntro => "Fritid kan vise evner, som arbejdsgivere søger.", "Leisure can show skills employers look for.";
    Leisure1 => "Hvad bruger du din tid på, når du har overskud?", "What do you spend your time on when you have energy?";
    Leisure2 => "Laver du noget med hænderne, fx have, strik eller reparationer?", "Do you do something with your hands, like gardening, knitting or repairs?";
    Leisure3 => "Er du med i et fællesskab eller en klub?", "Are you part of a community or club?";
    LanguagesIntro => "Skriv de sprog, du kan – også hvor godt du taler og skriver dem.", "Write the languages you know – and how well you speak and write them.";
    Languages1 => "Hvilket sprog taler du derhjemme?", "Which language do you speak at home?";
    Languages2 => "Kan du klare dig på engelsk eller tysk?", "Can you manage in English or German?";
    Languages3 => "Har du lært et sprog i skolen eller på et kursus?", "Did you learn a language at school or on a course?";
    LicencesIntro => "Kørekort og certifikater kan være det, der afgør et job.", "Driving licences and certificates can decide a job.";
    Licences1 => "Har du kørekort? Hvilken kategori?", "Do you have a driving licence? Which category?";
    Licences2 => "Har du truckcertifikat, hygiejnebevis eller førstehjælp?", "Do you have a forklift certificate, hygiene certificate or first aid?";
    Licences3 => "Er der et certifikat, der snart udløber?", "Is a certificate about to expire?";
    CompetencesIntro => "Kompetencer er det, du kan. Faglige hører til et fag; brancheneutrale kan bruges overalt.", "Skills are what you can do. Professional ones belong to a trade; transferable ones can be used anywhere.";
    Competences1 => "Hvad kan du, som en ny kollega skulle lære?", "What can you do that a new colleague would have to learn?";
    Competences2 => "Hvilke programmer eller maskiner kan du bruge?", "Which programs or machines can you use?";
    Competences3 => "Hvad har du lært af at passe hjem og familie?", "What have you learnt from looking after a home and family?";
    Competences4 => "Vælg et område herunder for at se forslag.", "Choose an area below to see suggestions.";
    QualitiesIntro => "Personlige egenskaber er, hvordan du er som kollega.", "Personal qualities are what you are like as a colleague.";
    Qualities1 => "Hvad ville en tidligere kollega sige om dig?", "What would a former colleague say about you?";
    Qualities2 => "Hvad er du stolt af ved den måde, du arbejder på?", "What are you proud of in the way you work?";
    Qualities3 => "Hvad sætter dine venner pris på hos dig?", "What do your friends value in you?";
    WorksForMeIntro => "Skriv det, der skal til, for at et job fungerer for dig – som arbejdsvilkår, ikke som sygdom.", "Write what it takes for a job to work for you – as working conditions, not as illness.";
    WorksForMe1 => "Hvornår på dagen har du mest overskud?", "When in the day do you have most energy?";
    WorksForMe2 => "Hvad hjælper dig til at holde en hel arbejdsdag?", "What helps you get through a whole working day?";
    WorksForMe3 => "Hvilke opgaver eller steder skal du undgå?", "Which tasks or places should you avoid?";
    WorksForMe4 => "Hvad har fungeret godt i en praktik eller et tidligere job?", "What worked well in a placement or an earlier job?";
}}

use CvHelpMsg::*;

/// The questions for the section with JSON name `section` (empty for an unknown name).
pub fn prompts(section: &str) -> &'static [CvHelpMsg] {
    match section {
        "profile" => &[Profile1, Profile2, Profile3, Profile4],
        "seeking" => &[Seeking1, Seeking2, Seeking3],
        "work" => &[Work1, Work2, Work3, Work4, Work5],
        "gaps" => &[Gaps1, Gaps2, Gaps3],
        "education" => &[Education1, Education2, Education3],
        "courses" => &[Courses1, Courses2, Courses3, Courses4],
        "internships" => &[Internships1, Internships2, Internships3, Internships4],
        "volunteering" => &[Volunteering1, Volunteering2, Volunteering3, Volunteering4],
        "leisure" => &[Leisure1, Leisure2, Leisure3],
        "languages" => &[Languages1, Languages2, Languages3],
        "licences" => &[Licences1, Licences2, Licences3],
        "competences" => &[Competences1, Competences2, Competences3, Competences4],
        "qualities" => &[Qualities1, Qualities2, Qualities3],
        "works_for_me" => &[WorksForMe1, WorksForMe2, WorksForMe3, WorksForMe4],
        _ => &[],
    }
}

/// What the section with JSON name `section` is for.
pub fn intro(section: &str) -> Option<CvHelpMsg> {
    Some(match section {
        "profile" => ProfileIntro,
        "seeking" => SeekingIntro,
        "work" => WorkIntro,
        "gaps" => GapsIntro,
        "education" => EducationIntro,
        "courses" => CoursesIntro,
        "internships" => InternshipsIntro,
        "volunteering" => VolunteeringIntro,
        "leisure" => LeisureIntro,
        "languages" => LanguagesIntro,
        "licences" => LicencesIntro,
        "competences" => CompetencesIntro,
        "qualities" => QualitiesIntro,
        "works_for_me" => WorksForMeIntro,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use contract::cv::CvSection;

    #[test]
    fn every_help_text_has_both_languages() {
        crate::i18n::assert_complete(CvHelpMsg::ALL);
    }

    #[test]
    fn every_section_has_an_intro_and_three_to_six_questions() {
        for s in CvSection::ALL {
            assert!(intro(s.slug()).is_some(), "{s:?}");
            let n = prompts(s.slug()).len();
            assert!((3..=6).contains(&n), "{s:?} has {n}");
        }
        assert!(prompts("nope").is_empty());
        assert_eq!(intro("nope"), None);
    }
}
