/**
 * Demo DMs. Each script is one customer's thread: 'c' lines come from the customer, 'a' lines from an
 * agent. Placeholders: {name} the customer's first name, {agent} the agent's first name, {order} an
 * order number, {tracking} a tracking code. A third element 'photo' adds an image attachment.
 */
export type Lang = 'es' | 'en' | 'pt' | 'fr' | 'de' | 'ar' | 'ja';
export type Topic = 'order-status' | 'shipping' | 'returns' | 'sizing' | 'payment' | 'complaint' | 'feedback' | 'spam';
export type Line = readonly ['c' | 'a', string] | readonly ['c', string, 'photo'];
export interface Script { lang: Lang; topic: Topic; lines: readonly Line[] }

export const SCRIPTS: Script[] = [
  // English
  { lang: 'en', topic: 'order-status', lines: [
    ['c', 'Hi! I ordered the linen shirt last Monday, order {order}. Any news? 🙂'],
    ['a', 'Hi {name}! {agent} here. Your order left our warehouse yesterday, tracking code {tracking}. It should be with you by Friday.'],
    ['c', 'Perfect, thank you so much!'],
    ['a', 'You\'re welcome! Enjoy the shirt 💙'],
  ] },
  { lang: 'en', topic: 'shipping', lines: [
    ['c', 'hello, my parcel says "delivered" but there is nothing at my door 😕'],
    ['c', 'order {order}'],
    ['a', 'Oh no, sorry {name}! Sometimes the driver leaves it with a neighbour or in a safe place. Could you check around? If not, I\'ll open a claim with the carrier today.'],
    ['c', 'Found it!! It was behind the bins 🙈 sorry for the trouble'],
    ['a', 'Ha, happens more than you\'d think! Glad it turned up. Have a lovely day!'],
  ] },
  { lang: 'en', topic: 'returns', lines: [
    ['c', 'Hey, the sneakers are a bit too tight. Can I return them and get a refund instead of exchanging?'],
    ['a', 'Of course {name}! You have 30 days. Here is the link to start the return: https://mare.example/returns — the refund goes out as soon as the parcel reaches us.'],
    ['c', 'Sent them back today. How long does the refund take?'],
    ['a', 'Usually 3–5 days after we receive them, then your bank may take a few more. I\'ll keep an eye on it for you.'],
  ] },
  { lang: 'en', topic: 'sizing', lines: [
    ['c', 'Does the Aria dress run small? I\'m usually a UK 10 but between S and M'],
    ['a', 'Hi {name}! The Aria is cut slightly slim at the waist, so for a UK 10 we\'d suggest the M. The fabric has no stretch.'],
    ['c', 'Great, M it is. Thanks!'],
  ] },
  { lang: 'en', topic: 'payment', lines: [
    ['c', 'My card keeps getting declined at checkout but the bank says everything is fine??'],
    ['c', 'it\'s a Visa debit', 'photo'],
    ['a', 'Sorry about that {name}. This is usually the 3-D Secure step timing out. Could you try again and approve the notification in your banking app within a minute?'],
    ['c', 'That worked! Order placed 🎉'],
    ['a', 'Brilliant! Thanks for your patience.'],
  ] },
  { lang: 'en', topic: 'complaint', lines: [
    ['c', 'Really disappointed. The tote bag arrived with a torn strap 😡 I paid £65 for this', 'photo'],
    ['a', 'I\'m so sorry {name}, that should never happen. I\'ve sent a replacement by express today, no need to return the damaged one.'],
    ['c', 'ok... thanks for sorting it quickly at least'],
  ] },
  { lang: 'en', topic: 'feedback', lines: [
    ['c', 'Just wanted to say the rain jacket is AMAZING. Survived a week in Scotland 🌧️🏴󠁧󠁢󠁳󠁣󠁴󠁿'],
    ['a', 'This made our day, {name}! Thank you for telling us 💙'],
  ] },
  { lang: 'en', topic: 'spam', lines: [
    ['c', '🔥 Grow your Instagram to 10k followers in 7 days!!! DM us for a FREE trial 🔥'],
  ] },
  // Spanish
  { lang: 'es', topic: 'order-status', lines: [
    ['c', 'Hola! Hice un pedido hace 5 días y todavía no me ha llegado nada 😟'],
    ['c', 'Es el {order}'],
    ['a', '¡Hola {name}! Soy {agent}. Lo acabo de mirar: salió ayer del almacén y llega mañana. El seguimiento es {tracking}.'],
    ['c', 'Genial, muchas gracias!! 😊'],
    ['a', '¡A ti! Cualquier cosa, aquí estamos.'],
  ] },
  { lang: 'es', topic: 'sizing', lines: [
    ['c', 'Buenas, la camisa de lino talla M, ¿cuánto mide de largo?'],
    ['a', '¡Hola {name}! La M mide 74 cm de largo y 56 cm de pecho (de axila a axila).'],
    ['c', 'Vale, entonces me quedo con la L. Gracias!'],
  ] },
  { lang: 'es', topic: 'returns', lines: [
    ['c', 'Quiero devolver unas zapatillas, no me quedan bien. ¿Cómo lo hago?'],
    ['a', 'Claro, {name}. Entra en https://mare.example/returns con tu número de pedido y te genera la etiqueta gratis. Tienes 30 días.'],
    ['c', 'Hecho, ya las he enviado por Correos 📦'],
    ['a', 'Perfecto, en cuanto lleguen te hacemos el reembolso. ¡Gracias!'],
  ] },
  { lang: 'es', topic: 'payment', lines: [
    ['c', 'Me han cobrado dos veces el mismo pedido!! 😠'],
    ['a', 'Lo siento mucho, {name}. Veo un cargo confirmado y otro pendiente que tu banco liberará en 2-3 días. No se ha cobrado dos veces, pero entiendo el susto.'],
    ['c', 'Ok, espero que sí se devuelva...'],
  ] },
  { lang: 'es', topic: 'complaint', lines: [
    ['c', 'El vestido llegó con una mancha 😞 mirad la foto', 'photo'],
    ['a', 'Uff, perdona {name}, qué rabia. Te mandamos otro hoy mismo por envío urgente y no hace falta que devuelvas este.'],
    ['c', 'Muchas gracias por la rapidez 🙏'],
    ['a', '¡Faltaría más! Nos vemos pronto.'],
  ] },
  { lang: 'es', topic: 'feedback', lines: [
    ['c', 'Me encantó el bolso, la calidad es increíble ❤️ ya os he recomendado a mis amigas'],
    ['a', '¡Qué alegría leerte, {name}! Muchísimas gracias 🥰'],
  ] },
  // Portuguese
  { lang: 'pt', topic: 'shipping', lines: [
    ['c', 'Oi! Meu pedido {order} está parado há 4 dias no rastreio 😩'],
    ['a', 'Oi {name}! Aqui é {agent}. Teve um atraso na alfândega, mas já foi liberado hoje. Deve chegar até quinta-feira.'],
    ['c', 'Ufa, obrigada!!'],
  ] },
  { lang: 'pt', topic: 'sizing', lines: [
    ['c', 'Bom dia! Comprei o tênis 38 mas ficou apertado. Dá pra trocar pelo 39?'],
    ['a', 'Bom dia, {name}! Dá sim 😊 Vou te mandar a etiqueta de troca por e-mail, é grátis.'],
    ['c', 'Perfeito, muito obrigado'],
    ['a', 'Imagina! Assim que recebermos, o 39 sai no mesmo dia.'],
  ] },
  { lang: 'pt', topic: 'payment', lines: [
    ['c', 'Paguei com Pix mas o pedido continua como "aguardando pagamento"'],
    ['c', 'segue o comprovante', 'photo'],
    ['a', 'Obrigada, {name}! O Pix às vezes demora alguns minutos para confirmar. Já está aprovado aqui e o pedido foi para separação.'],
  ] },
  { lang: 'pt', topic: 'feedback', lines: [
    ['c', 'Amei a jaqueta!!! Chegou super rápido 😍😍'],
    ['a', 'Que bom, {name}! Obrigada pelo carinho 💙'],
  ] },
  // French
  { lang: 'fr', topic: 'shipping', lines: [
    ['c', 'Bonjour, je n\'ai toujours pas reçu ma commande {order}, passée il y a 10 jours.'],
    ['a', 'Bonjour {name}, ici {agent}. Le colis est bloqué au centre de tri de Lyon ; j\'ai relancé le transporteur et je reviens vers vous demain.'],
    ['c', 'Merci, j\'espère que ça va se débloquer...'],
  ] },
  { lang: 'fr', topic: 'returns', lines: [
    ['c', 'Bonjour ! Je souhaite retourner la robe, elle ne me va pas. Le retour est gratuit ?'],
    ['a', 'Bonjour {name} ! Oui, le retour est gratuit en France. Voici le lien : https://mare.example/returns'],
    ['c', 'Parfait, merci beaucoup 😊'],
    ['a', 'Avec plaisir, bonne journée !'],
  ] },
  { lang: 'fr', topic: 'sizing', lines: [
    ['c', 'Salut ! Le pull taille petit ou grand ? Je fais du 38 d\'habitude.'],
    ['a', 'Bonjour {name} ! Il taille plutôt grand, un S devrait être parfait pour un 38.'],
  ] },
  // German
  { lang: 'de', topic: 'shipping', lines: [
    ['c', 'Hallo, wann kommt meine Bestellung {order}? Ich brauche sie bis Samstag für eine Hochzeit 😬'],
    ['a', 'Hallo {name}, hier ist {agent}. Das Paket ist schon in Deutschland und kommt laut DHL am Donnerstag ({tracking}).'],
    ['c', 'Super, vielen Dank!'],
    ['a', 'Gern geschehen und viel Spaß auf der Hochzeit! 🎉'],
  ] },
  { lang: 'de', topic: 'returns', lines: [
    ['c', 'Ich habe die Jacke zurückgeschickt, aber noch kein Geld bekommen. Das ist jetzt 2 Wochen her.'],
    ['a', 'Entschuldigung, {name}! Die Rücksendung ist gestern bei uns angekommen, die Erstattung ist heute raus. Sie sollte in 3–5 Werktagen auf Ihrem Konto sein.'],
    ['c', 'Ok danke'],
  ] },
  { lang: 'de', topic: 'payment', lines: [
    ['c', 'Kann ich auch auf Rechnung bezahlen? PayPal habe ich nicht.'],
    ['a', 'Hallo {name}! Ja, Kauf auf Rechnung geht über Klarna – einfach im Checkout auswählen.'],
    ['c', 'Perfekt 👍'],
  ] },
  // Arabic
  { lang: 'ar', topic: 'order-status', lines: [
    ['c', 'مرحبا، متى سيصل طلبي؟ رقم الطلب {order}'],
    ['a', 'أهلاً {name}! أنا {agent}. تم شحن طلبك أمس وسيصل خلال ٣ أيام عمل. رقم التتبع: {tracking}'],
    ['c', 'شكراً جزيلاً 🌹'],
  ] },
  { lang: 'ar', topic: 'sizing', lines: [
    ['c', 'السلام عليكم، هل يوجد مقاس XL من العباية السوداء؟'],
    ['a', 'وعليكم السلام {name}، نعم متوفر مقاس XL وسيعود للمخزون المقاس XXL الأسبوع القادم.'],
    ['c', 'ممتاز، سأطلبه الآن'],
    ['a', 'بكل سرور! 😊'],
  ] },
  { lang: 'ar', topic: 'complaint', lines: [
    ['c', 'وصلني المنتج بلون مختلف عن الصورة 😕', 'photo'],
    ['a', 'نعتذر جداً يا {name}. سنرسل لك اللون الصحيح مجاناً ويمكنك الاحتفاظ بالقطعة الحالية.'],
  ] },
  // Japanese
  { lang: 'ja', topic: 'shipping', lines: [
    ['c', 'こんにちは。注文した商品はいつ届きますか？注文番号は{order}です。'],
    ['a', '{name}様、お問い合わせありがとうございます。{agent}です。本日発送いたしました。追跡番号は{tracking}です。'],
    ['c', 'ありがとうございます！楽しみにしています😊'],
  ] },
  { lang: 'ja', topic: 'sizing', lines: [
    ['c', 'スニーカーのサイズ交換は可能ですか？24.5cmを25cmにしたいです。'],
    ['a', '{name}様、もちろん可能です。返送用のラベルをメールでお送りしますので、ご確認ください。'],
    ['c', '助かります、よろしくお願いします🙏'],
    ['a', 'かしこまりました。到着後すぐに25cmを発送いたします。'],
  ] },
  { lang: 'ja', topic: 'payment', lines: [
    ['c', 'コンビニ払いはできますか？'],
    ['a', '{name}様、申し訳ございません。現在コンビニ払いには対応しておりません。クレジットカードとPayPayがご利用いただけます。'],
  ] },
];

/** A customer writing again after the thread was resolved (reopens it). */
export const FOLLOW_UPS: Record<Lang, string[]> = {
  en: ['Hi again! Quick question about my order 🙂', 'Sorry, one more thing — can I change the delivery address?'],
  es: ['Hola de nuevo! Una duda más 🙈', 'Perdona, ¿puedo cambiar la dirección de entrega?'],
  pt: ['Oi de novo! Mais uma dúvida 😅', 'Consigo mudar o endereço de entrega?'],
  fr: ['Re-bonjour ! Une autre question 🙂', 'Est-ce que je peux changer l\'adresse de livraison ?'],
  de: ['Hallo nochmal! Noch eine kurze Frage 🙂', 'Kann ich die Lieferadresse noch ändern?'],
  ar: ['مرحبا مرة أخرى! عندي سؤال آخر', 'هل يمكنني تغيير عنوان التوصيل؟'],
  ja: ['たびたびすみません、もう一つ質問があります🙏', '配送先の住所を変更できますか？'],
};

/** Customers, by the language they write in: first names and family names to combine. */
export const NAMES: Record<Lang, { first: string[]; last: string[] }> = {
  en: { first: ['Emily', 'James', 'Olivia', 'Liam', 'Chloe', 'Noah', 'Grace', 'Ethan', 'Sophie', 'Harry', 'Ava', 'Jack'], last: ['Smith', 'Walker', 'O\'Connor', 'Patel', 'Campbell', 'Hughes', 'Bennett', 'Reid', 'Turner', 'Khan'] },
  es: { first: ['María', 'Javier', 'Lucía', 'Carlos', 'Sofía', 'Alejandro', 'Valentina', 'Diego', 'Camila', 'Mateo', 'Paula', 'Andrés'], last: ['García', 'Martínez', 'López', 'Sánchez', 'Romero', 'Torres', 'Navarro', 'Ruiz', 'Ortega', 'Castillo'] },
  pt: { first: ['Ana', 'João', 'Beatriz', 'Pedro', 'Mariana', 'Lucas', 'Larissa', 'Gabriel', 'Juliana', 'Rafael', 'Fernanda', 'Thiago'], last: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Ferreira', 'Costa', 'Almeida', 'Pereira', 'Ribeiro', 'Carvalho'] },
  fr: { first: ['Léa', 'Hugo', 'Manon', 'Louis', 'Chloé', 'Gabriel', 'Inès', 'Arthur', 'Camille', 'Jules', 'Zoé', 'Théo'], last: ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Lefèvre', 'Girard', 'Fournier', 'Mercier', 'Rousseau', 'Faure'] },
  de: { first: ['Lena', 'Lukas', 'Anna', 'Felix', 'Mia', 'Paul', 'Hannah', 'Jonas', 'Laura', 'Maximilian', 'Sophie', 'Leon'], last: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'] },
  ar: { first: ['ليلى', 'عمر', 'فاطمة', 'يوسف', 'نور', 'خالد', 'Yasmin', 'Omar', 'Rania', 'Karim', 'سارة', 'أحمد'], last: ['حداد', 'الأحمد', 'منصور', 'العلي', 'Haddad', 'Mansour', 'Al-Sayed', 'Nasser', 'الزين', 'Khoury'] },
  ja: { first: ['美咲', '翔太', 'さくら', '大輝', '陽菜', '蓮', 'Yui', 'Haruto', '結衣', '悠斗', 'Aoi', '葵'], last: ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', 'Yamamoto', 'Nakamura', '小林', '加藤'] },
};

/** Countries whose phone numbers (WhatsApp ids) customers of each language have. */
export const PHONE_PREFIXES: Record<Lang, string[]> = {
  en: ['44', '1', '353'], es: ['34', '52', '54'], pt: ['55', '351'], fr: ['33', '32'], de: ['49', '43', '41'], ar: ['971', '966', '20'], ja: ['81'],
};
