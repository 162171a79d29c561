"""Common given names by the gender they most often go with: evidence for resolving he and she.

A word list, not a rule: a name here only votes, and honorifics and role words outvote it.
"""

FEMALE = frozenset("""
abby abigail ada addison adele adriana agnes aileen aimee alana alexa alexandra alexandria alexis
alice alicia alison allison alma alyssa amanda amber amelia amy ana andrea angela angelica angelina
angie anita ann anna annabel anne annette annie antoinette april ariana arianna ashley audrey autumn
ava barbara beatrice becky belinda bella bernadette beth bethany betsy betty beverly bianca bonnie
brenda brianna bridget brittany brooke caitlin camila candace cara carly carla carmen carol caroline
carolyn carrie cassandra catherine cathy cecilia celeste celia charlene charlotte chelsea cheryl
chloe christina christine cindy claire clara clare claudia colleen condoleezza connie courtney
crystal cynthia daisy dana danielle daphne darlene dawn debbie deborah debra deirdre delia denise
diana diane dianne dolores donna dora doris dorothy edith eileen elaine eleanor elena elisa elise
eliza elizabeth ella ellen eloise elsa emily emma erica erika erin esther ethel eva evelyn faith
felicia fiona florence frances francesca gabriela gabrielle gail georgia geraldine gillian gina
ginger gladys gloria grace gretchen gwen gwendolyn gwyneth hailey haley hannah harriet hazel heather
heidi helen helena hilary hilarie hillary holly hope huma ida ilhan imogen ingrid irene iris isabel
isabella ivanka ivy jackie jacqueline jacqui jade jamie jan jane janet janice janine jasmine jean
jeanette jeanne jeannie jenna jennifer jenny jessica jill jillian joan joann joanna joanne jocelyn
jodi jody josephine joy joyce judith judy julia julie juliet june kaitlyn kamala kara karen kari
karina kate katherine kathleen kathryn kathy katie katrina kay kayla kayleigh kelly kellyanne kendra
kerry kim kimberly kirsten krista kristen kristin kristina kyla laura lauren laurie leah leila lena
leslie lila lillian lily linda lindsay lindsey lisa liz liza lois loretta lori lorraine louise lucia
lucy lydia lynn lynne mabel madeleine madeline madison maggie maisie mandy mara marcia margaret
margarita margo maria mariah marian marianne marie marilyn marina marion marjorie marla marsha martha
mary maureen maxine maya megan meghan melanie melania melinda melissa meredith meryl mia michele
michelle mildred mindy miranda miriam misty molly monica monique nadia nancy naomi natalia natalie
natasha nellie nicola nicole nikki nina nora norma olga olive olivia paige pamela patricia patsy
patty paula pauline pearl peggy penelope penny phoebe phyllis pippa polly priscilla priti rachel
rebecca regina renee rhonda rita roberta robin rochelle rosa rosalind rose rosemary roxanne ruby ruth
sabrina sally samantha sandra sara sarah savannah selena serena shannon sharon sheila shelby shelley
sheryl shirley sienna simone sofia sonia sophia sophie stacey stacy stella stephanie sue susan
susana suzanne sylvia tamara tammy tanya tara taylor teresa terri tessa theresa tiffany tina toni
tracey tracy tricia trisha tulsi valerie vanessa vera veronica vicki vickie victoria viola violet
virginia vivian wanda wendy whitney wilma yolanda yvette yvonne zoe zoey angelique marine theresa
nicolette giorgia ursula annegret ségolène segolene jacinda benazir indira golda aung hillary
aileen alexis alicia ainsley alondra amelie anastasia anya ariel aubrey aurora ava bailey beatriz
bernadine betsy blanca bree brenna briana bridgette brigitte brittney callie camille candice carina
carmela carolina cassidy catalina catarina cecile celine chantal charity charmaine cheri chiara
christa christiane ciara clarissa claudette colette consuelo cora cristina dahlia daniela darla
deanna delores desiree diamond dina dolly dominique doreen dorothea dottie edna eleanor elisabeth
ellie elvira emilia esperanza estelle eugenia eunice evangeline fatima francine freda frieda
georgina gertrude gianna giselle gloria greta guadalupe hanna harper hattie hazel helga henrietta
hilda hortense ileana imelda inez irma isabelle iva jane jeanine jennie jessie joanie jolene
josefina juana juanita julianne justine karla katharine kathrine kathy kelsey kim kirsty kristi
kristin kristy lacey lana larissa latoya laurel laverne leila leona leticia liliana lillie linnea
lorena lorna louisa lourdes luann luisa lupe lynda mabel madelyn mae magdalena malia mallory
marcela margarita maribel maricela marisa marisol maritza marlene marta maryann matilda mavis
mercedes micaela michaela mildred milagros minnie mireille mitzi myra nadine nanette natalie nell
nettie nichole nina noemi octavia odessa ofelia olga oprah paloma pamela patrice paulette petra
priscilla queenie rachael rae ramona raquel rebekah rena rhoda roberta rocio rosalie rosario
rosemarie rosie ruthie sadie samantha sasha selma serena sharlene sherri sherry sheryl silvia
sondra sonja stacie susanna suzette tabitha tamika tanisha tatiana tatum teri thelma tonya trina
trudy valentina valeria velma vicky viviana wilhelmina winifred xiomara yasmin yesenia yolonda zelda
zora huma kamala nikki kirsten tammy heidi sheila kellyanne dana hope omarosa melania ivanka tiffany
katrina kayleigh sarah megyn maxine elise donna debbie stacey ayanna ilhan rashida alexandria
aisha aishwarya akiko aoife ayesha beverley brigid bronwen bronwyn carole catrin cerys dannii davina
eluned ffion galina gerda gisela glenys grainne gráinne gwenllian hannelore hayley hermione ines
inés irina ivana jana jen juliette katerina keiko kelli kylie ludmila lyn maeve mariam martine
michiko myfanwy nathalie nia niamh noriko orla priya renate rhiannon roisin róisín shabana shilpa
shona sian sinead sinéad siobhan siân suzie svetlana sylvie tess tomoko veronique vivienne véronique
yelena yoko yulia zara zoë
agnieszka annika britney cherie ewa jelena katarzyna letitia lyudmila martina natalya petrina priyanka
zsuzsa delphine élodie elodie émilie emilie geneviève genevieve hélène helene laetitia lucie margaux mathilde
odile pascale sandrine virginie céline
mira sania germaine rhona berit cate venus kerstin antonia joni meg patti conchita marja birgit jemma janie
chrissie oona georgeta shauna rhian anais
annalena aryna coco iga jess kaja karoline kemi ketanji lara mette mhairi pam suella usha sanae
olena iryna oksana olha svitlana tetiana nataliya kateryna yuliia halyna liudmyla daria anastasiia
amina layla zainab sunita kavita pooja neha shreya divya lakshmi anjali deepika nisha meena rekha savita shanti asha geeta
sushma smriti nirmala mamata mayawati ngozi chioma adaeze amaka nneka ifeoma chiamaka folake funmilayo funke yetunde bukola
titilayo omolara abena akosua efua adwoa wanjiru wangari njeri achieng akinyi zodwa thandiwe nomvula lindiwe naledi busisiwe
fatuma halima maryam khadija hafsa salma yasmina noor nour rania dalia huda hanan samira soraya shirin narges zahra fatemeh
elif ayse zeynep emine meral tzipi noa yael shira malgorzata beata dorota grazyna sigrid solveig ximena keturah tasha
therese
billie
morag isla eilidh ailsa catriona bethan seonaid
gill bev viv val sal trish ros steph bex becca kath cath nicky lottie evie freya poppy millie tilly esme edie flo
shelly
keely jodie leanne carys abbie demi gemma katy lynsey marcella tegan tia alesha alisha aliyah bryony charis darcey
elsie gabby georgie isobel jemima kacey keira kirstie laila lexi libby lucinda maddie marnie mollie rhianna
scarlett tamsin emer aisling ailbhe lesley bobbie fran josie maddy marge winnie
""".split())

MALE = frozenset("""
aaron abdul abraham adam adrian ahmed al alan albert alberto alejandro alex alexander alexei alfred
ali allen alvin amir andre andrew andy angelo anthony antonio archie arnold arthur austin barack barry
ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brendan brent brett brian
bruce bryan byron calvin cameron carl carlos cecil cedric chad charles charlie chester chris
christian christopher chuck clarence claude clay clayton clifford clint clyde cody colin
corey cory craig curtis dale dan daniel danny darrell darren dave david dean dennis derek devin dick
dirk dmitry dominic don donald doug douglas duane duncan dustin dwayne dwight earl ed eddie edgar
edmund eduardo edward edwin eli elijah elliot elliott emanuel emmanuel enrique eric erik ernest ernie
ethan eugene evan felix fernando floyd francis francisco frank franklin fred freddie frederick gabe
gabriel gareth gary gavin gene geoff geoffrey george gerald gerard gilbert glen glenn gordon graham
grant greg gregory guy hal hank harold harry harvey hector henry herbert herman howard hugh hugo ian
igor isaac ivan jack jacob jake jamal james jared jason javier jay jean-claude jeb jeff
jeffrey jeremy jerome jerry jesse jim jimmy joaquin joe joel joey john johnny jon jonathan jorge jose
joseph josh joshua juan julian julio justin karl keith ken kenneth kevin kirk kurt kyle lamar lance
larry lawrence lee leo leon leonard leroy leslie lester lewis lindsey lloyd logan lonnie
louis lucas luis luke malcolm manuel marc marco marcus mario mark marshall martin marvin matt matthew
maurice max melvin michael miguel mike milton mitch mitchell mitt mohamed mohammad mohammed morgan
moses muhammad nathan nathaniel neil nelson newt nicholas nick nigel noah noel norman oliver omar
orrin oscar otis owen pablo patrick paul pedro percy pete peter phil philip phillip pierre preston
quentin rafael ralph ramon rand randall randy raul ray raymond reggie reince reginald rex ricardo
richard rick ricky rob robby robert roberto rod rodney roger roland roman ron ronald ronnie ross roy
ruben rudolph rudy rupert russell ryan sam samuel saul scott sean sebastian sergei sergio seth shane
shaun shawn sherrod sidney simon stanley stefan stephen steve steven stewart stuart sylvester ted
terrence terry theodore thomas tim timothy toby todd tom tommy tony travis trent trevor troy tyler
vernon victor vince vincent vladimir wade walter warren wayne wendell wesley will william willie
xavier zach zachary rahm reza hassan hosni bashar benjamin bibi recep tayyip narendra shinzo
xi emmanuel françois francois nicolas jacques angela_not silvio matteo pedro justin stephen jeremy
keir rishi kwasi sajid jacob nicola_not boris theresa_not donald vladimir recep
abe ahmad akbar alonzo ambrose amos anderson andres angus anton antonin archibald armando arturo
augustus avery barney bart basil beau benito benny bernardo bert blake bo boyd bradford brady brock
bruno buck buddy burt butch caleb carlton carmine casey cesar chandler chase chauncey christoph clark
cliff conor conrad cornelius cyrus dale dallas damian damon dante darius darnell darryl dashiell
dean demetrius desmond dexter diego dimitri dion dominick donnie dorian drew dylan efrain elias
elmer elton elvis emil emilio emmett ephraim erich ernesto esteban eugene everett ezra fabian
federico felipe ferdinand fidel fletcher forrest fritz garrett gaston gerardo gideon gil giovanni
giuseppe gonzalo gus gustavo hamid harlan harris harrison heinrich herschel hiram homer horace
humberto ignacio irving isaiah ismael israel jackson jacques jaime jake jamie jaret jarrod jasper
jed jefferson jens jeremiah jermaine jerold jesus jimmie jody johan jonah jordan jorge josue judd
jules junior kareem kasim keenan kelvin kendall kendrick kent kenny khalid kristopher lamont
lanny laurence leland lenny leonardo levi lincoln lionel lorenzo lowell luca luciano luigi luther
lyle lyndon mack marcel marcos mariano marlon marty mason mateo mauricio maximilian merle micah
mickey miles mohammed monte monty murray myron napoleon ned nestor nicky nico niles norbert norris
oleg orlando orville osama oswaldo otto pascal percival perry pierce quincy raphael rashad raymundo
reed reid reuben rhett rico riley rocco rodolfo rogelio rollie roosevelt rory royce rufus russ
salvador sammy sanford santiago saul seamus sebastián sergey seymour sheldon sherman shlomo silas
solomon spencer spike stan sterling sven tad tariq teddy terence thaddeus thurston tobias tomas
trey tucker tyrone ulysses uriel vaughn vern vic vicente virgil wallace ward wilbur wiley wilfred
winston wolfgang woodrow wyatt yusuf zane zeke reince jeh mitch newt marco jeb rand bernie chuck
rahm anthony hakeem cory beto pete rudy corey steve mike joe
abdullah akira alasdair aled alistair alun amit anders anil arnoldo arsene arsène arun ashok bjorn
björn callum carlo ciaran ciarán claudio clive connor cormac cristiano curt cyril dafydd damien
darragh declan deepak didier dieter dmitri dougal eamon eamonn emlyn euan ewan fabio fergus freddy
gennaro gerhard gianfranco gianluca giles glyn guenter gunter gwyn günter hamish hans haruki heinz
helmut herve hervé hiroshi horst hussein huw iain ibrahim ieuan ingvar ismail iwan jean-marie
jean-pierre jez jonny jordi jorg joss josé juergen junichiro jurgen jörg jürgen kenji kieran klaus kofi
kwame lars liam magnus mahmood mahmoud manmohan manny martyn massimo mervyn mikhail mustafa naoto
nawaz niall nils olaf ole owain ozzy padraig paolo pervez piers pranab rahul rajiv ravi rhys robbie
rolf romano ronaldinho ronaldo ruaraidh saddam sanjay seb seán sundar sunil takeshi taro thierry
tommie toshiro tristan vijay viktor werner yasser yoshiro yukio yuri zinedine
ahmet alain alastair alessandro anatoly andrei arie arjen arnaud atal avigdor bakkies benoit binyamin
breyton christophe davor denis dragan dwain ehud elfyn emyr enrico fabien fabrizio francesco gennady
gethin goran graeme guillaume gyorgy hennie henning henrik hugues ivica jaap jalal jannie janos jean-luc
jerzy jesper jiri joao joost julien kgalema klaas kyran laurent lech lembit lleyton ludovic luiz mathew
mathieu mauro mehmet michel mikael miroslav moshe mwai nicolae niklas nikolai nuno olivier ollie
olusegun pavel petr pieter radovan raila ratko remi rhodri rodrigo rohan ronan rui ruud sachin schalk
sebastien shimon slaven slobodan stefano tendai thabo thaksin tomasz tore traian uhuru vaclav vincenzo
vojislav whit wim wojciech yannick yitzhak yoweri zbigniew zlatko zoran
philippe yves henri rené rene stéphane stephane frédéric frederic thibault antoine gilles lucien émile emile
rémy remy édouard edouard étienne etienne fabrice florent gaël gael grégoire gregoire loïc loic maxime régis
regis romain serge sylvain valentin clément clement jérôme sébastien benoît cédric raphaël
marat sol jakob finlay dai kostas malte raj joachim gerry ulrich keanu dougie rudolf antony ivo christos
guillermo mick urs florian joaquim des allan dominik mikko guido jarek jonas ulf bernd kamal carsten stelios
zack cary yiannis haile maciej shahid majeed saud platon digby menzies tama lynton archy
anas andrzej barron bezalel dario demis elon friedrich fumio humza itamar jair jannik jensen kash kyriakos lando
mateusz nadhim novak sadiq satya shigeru toto vivek volodymyr wes yahya yoav zak
oleh mykola andriy andrii dmytro oleksandr oleksiy oleksii serhiy serhii yuriy yurii petro ihor denys kyrylo
maksym bohdan vadym ruslan rustem valeriy anatoliy mykhailo pavlo yevhen arseniy vitali vitaliy vitalii taras
vasyl aleksandr aleksei alexey yevgeny vyacheslav valery ramzan hakan masoud ebrahim nayib yair haider nouri
youssef yousef mostafa tarek karim walid nabil samir faisal hamza bilal imran zulfikar shehbaz asif arif rizwan anwar
mahathir najib joko prabowo arjun rajesh suresh ramesh mahesh manoj pradeep rakesh aaditya aditya uddhav eknath devendra
nitish akhilesh arvind manish shashi jairam piyush mukesh ratan bilawal olumide adebayo bayo babajide segun wole chukwuemeka
emeka chinedu chidi obinna ikenna nnamdi chinua atiku kwesi kwabena kalonzo jomo sipho mmusi hossein mohsen javad ekrem kemal
murat emre burak naftali yossi gadi krzysztof piotr jozef pawel jaroslaw radoslaw fredrik mats alvaro basem vishnu
ozgur frederico raman gwendal
calum lachlan oisin olly murdo ruaridh torquil
kev nige reg trev alfie albie arlo finn louie
vitaly vasily vassily vasili evgeny arkady grigory yury vladislav stanislav kostiantyn rustam konstantin
barnaby brody caden jaden jenson jude kai kayden kian lochlan reece sonny theo zac dermot colm eoin fintan kieron
lorcan ruairi tadhg shay alf wilf sid syd
""".split())

# Given names that news writes of men and women alike (Robin Cook and Robin Quivers, Ashley Cole
# and Ashley Judd, Jean Chretien and Jean King, Lee Westwood and magistrate Lee Gilmore, Dana Milbank and
# Dana Perino, Tracy Martin and Tracy Chapman, a voter Guadalupe who is a he): known as names, but they vote
# for no gender.
UNISEX = frozenset("""
robin kim jan jean andrea jackie kerry jordan ashley drew lee guadalupe dana tracy sandy jo mel leigh
tokunbo oluwaseun bola yemi uche pat frankie kit
""".split())
FEMALE = FEMALE | UNISEX
MALE = MALE | UNISEX
# Given names the lists above give one sex that both bear: a he or she may yet stand for one of the other
# (`Dr Sam Green said …. "…," she said`).
EITHER_SEX = frozenset({"sam", "alex", "charlie", "jamie", "chris", "nicky", "frankie", "billie", "bobbie", "ali",
                        "toni", "sasha", "max", "taylor"})
